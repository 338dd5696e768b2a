package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("100") int size) {
    if (page < 0 || size < 1 || size > 1000) {
      throw new RuleViolationException("size", "page must be 0 or more and size 1 to 1000");
    }
    String type = null;
    String id = null;
    if (subject != null && !subject.isBlank()) {
      String[] parts = subject.strip().split(":", 2);
      type = parts[0];
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
