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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Amendment;
import org.lodestone.award.domain.AmendmentType;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.award.domain.ConditionEffect;
import org.lodestone.award.domain.ConditionTerms;
import org.lodestone.award.domain.SpecialCondition;
import org.lodestone.reporting.application.ReportingService;
import org.lodestone.shared.RuleViolationException;

/** Awards, their special conditions, amendments, versions, letter, permits and ledger. */
@Path("awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardResource {

  @Inject private ReportingService reporting;
  @Inject private org.lodestone.reporting.application.ReportService reports;
  @Inject private org.lodestone.reporting.application.AwardTraces traces;
  @Inject private AwardService awards;
  @Inject private org.lodestone.permitting.application.PermittingService permitting;
  @Inject private org.lodestone.shared.ProgramClock clock;
  @Inject private org.lodestone.disbursement.application.DisbursementService disbursements;

  @GET
  public Page<AwardView> list(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    AwardStatus filter = Fields.code("status", status, AwardStatus.class);
    Paging paging = Paging.of(page, size);
    return new Page<>(
        awards.list(filter, paging.page(), paging.size()).stream().map(this::summary).toList(),
        paging.page(),
        paging.size(),
        awards.count(filter));
  }

  @GET
  @Path("{id}")
  public AwardView get(@PathParam("id") long id) {
    return view(awards.get(id));
  }

  /** The negotiated terms (program officer, draft only); send the version last read. */
  @PUT
  @Path("{id}")
  public AwardView revise(@PathParam("id") long id, AwardTermsRequest request) {
    AwardTermsRequest body = required(request);
    if (body.version() == null) {
      throw new RuleViolationException("version", "is required: send the version you last read");
    }
    Award current = awards.get(id);
    return view(awards.revise(id, body.version(), body.applyTo(current.terms())));
  }

  @GET
  @Path("{id}/letter")
  @Produces("application/pdf")
  public Response letter(@PathParam("id") long id) {
    Award award = awards.get(id);
    return Response.ok(awards.letter(id), "application/pdf")
        .header(
            "Content-Disposition",
            ContentDisposition.attachment("notice-of-award-" + award.number() + ".pdf"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("{id}/permits")
  public List<AwardView.PermitView> permits(@PathParam("id") long id) {
    java.time.LocalDate today = clock.today();
    return awards.permits(id).stream()
        .map(p -> AwardView.PermitView.of(p, permitting.milestonesDependingOn(p.id()), today))
        .toList();
  }

  public record NewPermit(String type, String name, String agency, String targetDate) {}

  /** The permitting specialist adds an action to the project's timetable. */
  @POST
  @Path("{id}/permits")
  public Response addPermit(@PathParam("id") long id, NewPermit request) {
    NewPermit body = required(request);
    java.util.List<org.lodestone.shared.Violation> v = new java.util.ArrayList<>();
    org.lodestone.permitting.domain.ActionType type =
        Fields.code(v, "type", body.type(), org.lodestone.permitting.domain.ActionType.class);
    java.time.LocalDate target = Fields.date(v, "targetDate", body.targetDate());
    if (type == null && v.isEmpty()) {
      v.add(new org.lodestone.shared.Violation("type", "is required"));
    }
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    org.lodestone.permitting.domain.Permit permit =
        permitting.add(
            id, type, body.name() == null ? type.label() : body.name(), body.agency(), target);
    return Response.status(Response.Status.CREATED)
        .entity(AwardView.PermitView.of(permit, List.of(), clock.today()))
        .build();
  }

  @GET
  @Path("{id}/ledger")
  public List<AwardView.LedgerEntryView> ledger(@PathParam("id") long id) {
    return awards.ledger(id).stream().map(AwardView.LedgerEntryView::of).toList();
  }

  /** The SF-425 lines of the award as of {@code periodEnd} (default: today), from the ledger. */
  @GET
  @Path("{id}/financial-report")
  public FinancialReportView financialReport(
      @PathParam("id") long id, @QueryParam("periodEnd") String periodEnd) {
    java.time.LocalDate end = Fields.date("periodEnd", periodEnd);
    return FinancialReportView.of(reporting.financialReport(id, end == null ? clock.today() : end));
  }

  /** The same lines as a PDF. */
  @GET
  @Path("{id}/financial-report.pdf")
  @Produces("application/pdf")
  public Response financialReportPdf(
      @PathParam("id") long id, @QueryParam("periodEnd") String periodEnd) {
    java.time.LocalDate end = Fields.date("periodEnd", periodEnd);
    var award = awards.get(id);
    byte[] pdf = reporting.financialReportPdf(id, end == null ? clock.today() : end);
    return Response.ok(pdf)
        .header(
            "Content-Disposition",
            ContentDisposition.attachment("sf-425-" + award.number() + ".pdf"))
        .build();
  }

  /** The reports the recipient owes on the award: quarterly, then final. */
  @GET
  @Path("{id}/reports")
  public List<ReportResource.ReportView> reports(@PathParam("id") long id) {
    return reports.ofAward(id).stream()
        .map(r -> ReportResource.ReportView.of(r, clock.today()))
        .toList();
  }

  public record CloseoutView(
      String status,
      java.time.LocalDate finalReportsDue,
      String unliquidatedBalance,
      String deobligatedAtCloseout,
      List<org.lodestone.shared.Violation> blockers,
      String closedBy,
      java.time.Instant closedAt) {}

  /**
   * Where the closeout stands: the balance that closing would de-obligate, and what still keeps the
   * award open (each report missing, each payment on its way).
   */
  @GET
  @Path("{id}/closeout")
  public CloseoutView closeout(@PathParam("id") long id) {
    Award a = awards.get(id);
    return new CloseoutView(
        a.status().name(),
        a.closeoutDueOn(),
        Fields.money(awards.unliquidatedBalance(id)),
        a.deobligatedAtCloseout() == null ? null : Fields.money(a.deobligatedAtCloseout()),
        a.status() == AwardStatus.CLOSING ? reports.closeoutBlockers(id) : List.of(),
        a.closedBy(),
        a.closedAt());
  }

  public record AwardTraceView(
      AwardView award,
      List<AwardView.VersionView> versions,
      List<AwardView.PermitView> permits,
      List<PaymentRequestView> payments,
      List<AwardView.LedgerEntryView> ledger,
      List<ReportResource.ReportView> reports,
      List<PaymentRequestResource.TracedEvent> auditEvents,
      boolean allEventsIntact) {}

  /**
   * The award traced for auditors: terms and every version, milestones, permits, conditions,
   * payments, ledger and reports, with the audit events of each checked in place in the chain.
   */
  @GET
  @Path("{id}/trace")
  public AwardTraceView trace(@PathParam("id") long id) {
    org.lodestone.reporting.application.AwardTrace t = traces.trace(id);
    java.time.LocalDate today = clock.today();
    return new AwardTraceView(
        view(t.award()),
        AwardView.versions(t.award()),
        t.permits().stream()
            .map(p -> AwardView.PermitView.of(p, permitting.milestonesDependingOn(p.id()), today))
            .toList(),
        t.payments().stream().map(p -> PaymentRequestView.of(p, disbursements)).toList(),
        t.ledger().stream().map(AwardView.LedgerEntryView::of).toList(),
        t.reports().stream().map(r -> ReportResource.ReportView.of(r, today)).toList(),
        t.events().stream()
            .map(
                e ->
                    new PaymentRequestResource.TracedEvent(
                        AuditResource.EventView.of(e), Boolean.TRUE.equals(t.intact().get(e.id()))))
            .toList(),
        t.allIntact());
  }

  @GET
  @Path("{id}/versions")
  public List<AwardView.VersionView> versions(@PathParam("id") long id) {
    return AwardView.versions(awards.get(id));
  }

  @POST
  @Path("{id}/documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response attach(
      @PathParam("id") long id,
      @jakarta.ws.rs.FormParam("kind") String kind,
      @jakarta.ws.rs.FormParam("file") jakarta.ws.rs.core.EntityPart file)
      throws java.io.IOException {
    if (file == null) {
      throw new RuleViolationException("file", "is required (multipart part named file)");
    }
    org.lodestone.award.domain.DocumentPurpose purpose =
        Fields.code("kind", kind, org.lodestone.award.domain.DocumentPurpose.class);
    byte[] content;
    try (java.io.InputStream in = file.getContent()) {
      content = in.readNBytes(org.lodestone.shared.PdfUpload.MAX_BYTES + 1);
    }
    return Response.status(Response.Status.CREATED)
        .entity(
            AwardView.DocumentView.of(
                awards.attach(id, purpose, file.getFileName().orElse(null), content)))
        .build();
  }

  @GET
  @Path("{id}/documents")
  public List<AwardView.DocumentView> documents(@PathParam("id") long id) {
    return awards.documents(id).stream().map(AwardView.DocumentView::of).toList();
  }

  @GET
  @Path("{id}/documents/{documentId}")
  @Produces("application/pdf")
  public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    org.lodestone.award.domain.AwardDocument d = awards.document(id, documentId);
    return Response.ok(awards.content(id, documentId), "application/pdf")
        .header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Digest", "sha-256=" + d.sha256())
        .build();
  }

  public record ConditionRequest(String effect, String reason, String cure, String deadline) {}

  @POST
  @Path("{id}/conditions")
  public Response impose(@PathParam("id") long id, ConditionRequest request, @Context UriInfo uri) {
    ConditionRequest body = required(request);
    java.util.List<org.lodestone.shared.Violation> v = new java.util.ArrayList<>();
    ConditionTerms terms =
        new ConditionTerms(
            Fields.code(v, "effect", body.effect(), ConditionEffect.class),
            body.reason(),
            body.cure(),
            Fields.date(v, "deadline", body.deadline()));
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    SpecialCondition condition = awards.impose(id, terms);
    return Response.status(Response.Status.CREATED)
        .entity(AwardView.ConditionView.of(condition))
        .build();
  }

  public record ReasonRequest(String reason) {}

  @POST
  @Path("{id}/suspension")
  public AwardView suspend(@PathParam("id") long id, ReasonRequest request) {
    return view(awards.suspend(id, required(request).reason()));
  }

  @POST
  @Path("{id}/reinstatement")
  public AwardView reinstate(@PathParam("id") long id, ReasonRequest request) {
    return view(awards.reinstate(id, required(request).reason()));
  }

  public record AmendmentRequest(String type, String reason, AwardTermsRequest changes) {}

  @POST
  @Path("{id}/amendments")
  public Response amend(@PathParam("id") long id, AmendmentRequest request) {
    AmendmentRequest body = required(request);
    AmendmentType type = Fields.code("type", body.type(), AmendmentType.class);
    if (body.changes() == null) {
      throw new RuleViolationException(
          "changes", "is required: the fields of the terms that change");
    }
    Award award = awards.get(id);
    Amendment amendment =
        awards.requestAmendment(id, type, body.reason(), body.changes().applyTo(award.terms()));
    return Response.status(Response.Status.CREATED)
        .entity(AwardView.AmendmentView.of(amendment))
        .build();
  }

  private AwardView summary(Award a) {
    return AwardView.of(
        a, awards.recipient(a), awards.ledger(a.id()), null, List.of(), awards.blockingPermits(a));
  }

  private AwardView view(Award a) {
    boolean draft = a.status() == AwardStatus.DRAFT;
    return AwardView.of(
        a,
        awards.recipient(a),
        awards.ledger(a.id()),
        awards.fundsAvailableFor(a),
        draft ? awards.termsViolations(a) : List.of(),
        awards.blockingPermits(a));
  }

  /**
   * The recipient requests a payment. The same {@code Idempotency-Key} with the same body answers
   * the first request again (header {@code Idempotent-Replayed: true}); every failing check is
   * listed in {@code violations}, each named by its rule.
   */
  @POST
  @Path("{id}/payment-requests")
  public Response requestPayment(
      @PathParam("id") long id,
      @jakarta.ws.rs.HeaderParam("Idempotency-Key") String key,
      PaymentRequestBody request,
      @Context UriInfo uri) {
    var submission = disbursements.request(id, required(request).claim(), key);
    var r = submission.request();
    return Response.created(
            uri.getBaseUriBuilder().path("payment-requests").path(String.valueOf(r.id())).build())
        .header("Idempotent-Replayed", submission.replayed() ? "true" : null)
        .entity(PaymentRequestView.of(r, disbursements))
        .build();
  }

  @GET
  @Path("{id}/payment-requests")
  public List<PaymentRequestView> paymentRequests(@PathParam("id") long id) {
    return disbursements.ofAward(id).stream()
        .map(r -> PaymentRequestView.of(r, disbursements))
        .toList();
  }

  public record HoldView(
      long id,
      String reason,
      String placedBy,
      java.time.Instant placedAt,
      boolean active,
      String liftReason,
      String liftedBy,
      java.time.Instant liftedAt) {
    static HoldView of(org.lodestone.disbursement.domain.Hold h) {
      return new HoldView(
          h.id(),
          h.reason(),
          h.placedBy(),
          h.placedAt(),
          h.active(),
          h.liftReason(),
          h.liftedBy(),
          h.liftedAt());
    }
  }

  @GET
  @Path("{id}/holds")
  public List<HoldView> holds(@PathParam("id") long id) {
    return disbursements.holds(id).stream().map(HoldView::of).toList();
  }

  /** The program officer holds the award's payments: nothing is released until it lifts. */
  @POST
  @Path("{id}/holds")
  public Response hold(@PathParam("id") long id, ReasonRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(HoldView.of(disbursements.placeHold(id, required(request).reason())))
        .build();
  }

  @jakarta.ws.rs.DELETE
  @Path("{id}/holds/{holdId}")
  public HoldView lift(
      @PathParam("id") long id, @PathParam("holdId") long holdId, ReasonRequest request) {
    return HoldView.of(disbursements.liftHold(id, holdId, required(request).reason()));
  }

  static <T> T required(T body) {
    if (body == null) {
      throw new RuleViolationException("body", "is required");
    }
    return body;
  }
}
