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

  /** The desk: requests awaiting a decision or the release, oldest first (staff, auditors). */
  @GET
  public List<PaymentRequestView> desk(@QueryParam("size") String size) {
    Paging paging = Paging.of(null, size);
    return disbursements.desk(paging.size()).stream()
        .map(r -> PaymentRequestView.of(r, disbursements))
        .toList();
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
