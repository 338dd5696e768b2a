package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.application.PaymentTrace;
import org.lodestone.disbursement.application.PaymentTraces;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * Payment requests: one request, its resubmission after a return, recoveries, and the disbursement
 * desk's queue. Requests are made under their award ({@code POST /awards/{id}/payment-requests});
 * approvals are tasks ({@code APPROVE_PAYMENT}, {@code CERTIFY_PAYMENT}, {@code
 * SECOND_CERTIFY_PAYMENT}).
 */
@Path("payment-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentRequestResource {

  @Inject private DisbursementService disbursements;
  @Inject private PaymentTraces traces;

  /** The desk: requests awaiting a decision or the release, oldest first (staff, auditors). */
  @GET
  public List<PaymentRequestView> desk(@QueryParam("size") String size) {
    Paging paging = Paging.of(null, size);
    return disbursements.desk(paging.size()).stream()
        .map(r -> PaymentRequestView.of(r, disbursements))
        .toList();
  }

  public record SampledPayment(long id, String number, String amount, String stratum) {}

  public record SampleView(long seed, int size, List<SampledPayment> payments) {}

  /**
   * A reproducible random sample of released payments, stratified by amount (auditors, finance):
   * the same {@code seed} gives the same sample.
   */
  @GET
  @Path("sample")
  public SampleView sample(@QueryParam("seed") String seed, @QueryParam("size") String size) {
    List<Violation> v = new ArrayList<>();
    long s = whole(v, "seed", seed, 18);
    int n = (int) whole(v, "size", size, 6);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    return new SampleView(
        s,
        n,
        traces.sample(s, n).stream()
            .map(d -> new SampledPayment(d.id(), d.number(), Fields.money(d.amount()), d.stratum()))
            .toList());
  }

  private static long whole(List<Violation> v, String field, String text, int digits) {
    if (text == null || !text.strip().matches("\\d{1," + digits + "}")) {
      v.add(new Violation(field, "is required: a whole number of at most " + digits + " digits"));
      return 0;
    }
    return Long.parseLong(text.strip());
  }

  @GET
  @Path("{id}")
  public PaymentRequestView get(@PathParam("id") long id) {
    return PaymentRequestView.of(disbursements.get(id), disbursements);
  }

  /** The recipient corrects a returned request and submits it again. */
  @PUT
  @Path("{id}")
  public PaymentRequestView resubmit(@PathParam("id") long id, PaymentRequestBody body) {
    return PaymentRequestView.of(
        disbursements.resubmit(id, AwardResource.required(body).claim()), disbursements);
  }

  /** An approval in a trace: who, in which role, when, what they decided and for how much. */
  public record TracedApproval(
      int round,
      String step,
      String role,
      String actor,
      String decision,
      String amount,
      String reason,
      java.time.Instant at) {}

  public record TracedEvent(AuditResource.EventView event, boolean intact) {}

  public record TraceView(
      PaymentRequestView request,
      String awardNumber,
      List<AwardView.DocumentView> evidence,
      List<TracedApproval> approvals,
      List<AwardView.LedgerEntryView> ledgerEntries,
      List<TracedEvent> auditEvents,
      boolean allEventsIntact) {}

  /**
   * The request traced to its evidence (SHA-256), each approver, the release and its ledger entry,
   * with the audit events of each checked in place in the chain.
   */
  @GET
  @Path("{id}/trace")
  public TraceView trace(@PathParam("id") long id) {
    PaymentTrace t = traces.trace(id);
    return new TraceView(
        PaymentRequestView.of(t.request(), disbursements),
        t.awardNumber(),
        t.evidence().stream().map(AwardView.DocumentView::of).toList(),
        t.request().approvals().stream()
            .map(
                a ->
                    new TracedApproval(
                        a.round(),
                        a.step().name(),
                        a.step().role().name(),
                        a.actor(),
                        a.decision().name(),
                        Fields.money(a.amount()),
                        a.reason(),
                        a.at()))
            .toList(),
        t.ledgerEntries().stream().map(AwardView.LedgerEntryView::of).toList(),
        t.events().stream()
            .map(e -> new TracedEvent(AuditResource.EventView.of(e), t.intact().get(e.id())))
            .toList(),
        t.allIntact());
  }

  public record RecoveryRequest(BigDecimal amount, String reason) {}

  /** A finance officer records a cost disallowed after the release, paid back (RECOVERY). */
  @POST
  @Path("{id}/recoveries")
  public Response recover(@PathParam("id") long id, RecoveryRequest request) {
    RecoveryRequest body = AwardResource.required(request);
    List<Violation> v = new ArrayList<>();
    Money amount = Fields.amount(v, "amount", body.amount());
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    return Response.status(Response.Status.CREATED)
        .entity(AwardView.LedgerEntryView.of(disbursements.recover(id, amount, body.reason())))
        .build();
  }
}
