package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.ChainVerification;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.SubjectKind;

/** The auditor's view of the audit chain. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditTrail audit;

  public record VerificationView(boolean valid, long events, Long firstBrokenEventId) {}

  public record EventView(
      long id,
      Instant at,
      String actor,
      String subjectType,
      String subjectId,
      String event,
      String data,
      String previousHash,
      String hash) {}

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
    return audit.search(type, id, page, size).stream()
        .map(
            e ->
                new EventView(
                    e.id(),
                    e.occurredAt(),
                    e.actor(),
                    e.subjectType(),
                    e.subjectId(),
                    e.eventName(),
                    e.data(),
                    e.previousHash(),
                    e.hash()))
        .toList();
  }

  @GET
  @Path("verification")
  public VerificationView verification() {
    ChainVerification v = audit.verify();
    return new VerificationView(v.valid(), v.events(), v.firstBrokenEventId());
  }
}
