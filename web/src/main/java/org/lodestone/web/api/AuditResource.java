package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.lodestone.audit.application.AuditSeals;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.AuditSeal;
import org.lodestone.audit.domain.ChainVerification;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.SubjectKind;

/** The auditor's view of the audit chain. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditTrail audit;
  @Inject private AuditSeals seals;

  public record VerificationView(
      boolean valid,
      long events,
      Long firstBrokenEventId,
      int seals,
      long lastSealedEventId,
      List<String> sealProblems) {
    static VerificationView of(ChainVerification v) {
      return new VerificationView(
          v.valid(),
          v.events(),
          v.firstBrokenEventId(),
          v.seals(),
          v.lastSealedEventId(),
          v.sealProblems());
    }
  }

  public record SealView(
      long number, long lastEventId, String lastHash, Instant sealedAt, String signature) {
    static SealView of(AuditSeal s) {
      return new SealView(s.number(), s.lastEventId(), s.lastHash(), s.sealedAt(), s.signature());
    }
  }

  public record EventView(
      long id,
      Instant at,
      String actor,
      String subjectType,
      String subjectId,
      String event,
      String data,
      String previousHash,
      String hash) {
    static EventView of(org.lodestone.audit.domain.AuditEvent e) {
      return new EventView(
          e.id(),
          e.occurredAt(),
          e.actor(),
          e.subjectType(),
          e.subjectId(),
          e.eventName(),
          e.data(),
          e.previousHash(),
          e.hash());
    }
  }

  /**
   * The audit events, newest first; {@code subject} is a type ({@code Application}) or a type and
   * id ({@code Application:12}).
   */
  @GET
  @Path("events")
  public List<EventView> events(
      @QueryParam("subject") String subject,
      @QueryParam("page") String pageText,
      @QueryParam("size") String sizeText) {
    Paging paging = Paging.of(pageText, sizeText, 1000);
    int page = paging.page();
    int size = paging.size();
    String type = null;
    String id = null;
    if (subject != null && !subject.isBlank()) {
      if (subject.length() > 100) {
        throw new RuleViolationException(
            "subject", "must be KIND or KIND:id, such as APPLICATION:12");
      }
      String[] parts = subject.strip().split(":", 2);
      type =
          Fields.code("subject", parts[0].toUpperCase(java.util.Locale.ROOT), SubjectKind.class)
              .name();
      id = parts.length > 1 ? parts[1] : null;
    }
    return audit.search(type, id, page, size).stream().map(EventView::of).toList();
  }

  /** The chain verified link by link and against every seal. */
  @GET
  @Path("verification")
  public VerificationView verification() {
    return VerificationView.of(audit.verify());
  }

  /** Seals the chain's head now (AUDITOR, ADMIN). */
  @POST
  @Path("seals")
  public Response seal() {
    return Response.status(Response.Status.CREATED).entity(SealView.of(seals.sealNow())).build();
  }

  @GET
  @Path("seals")
  public List<SealView> seals() {
    return seals.all().stream().map(SealView::of).toList();
  }

  /** The seal file as kept on disk: one signed JSON object per line. */
  @GET
  @Path("seals/file")
  @Produces("application/x-ndjson")
  public Response sealFile() {
    return Response.ok(seals.fileText())
        .header("Content-Disposition", ContentDisposition.attachment("audit-seals.jsonl"))
        .build();
  }

  /** The certificate whose key signs the seals (PEM), to check them with one's own tools. */
  @GET
  @Path("seals/certificate")
  @Produces("application/x-pem-file")
  public String certificate() {
    return seals.certificatePem();
  }
}
