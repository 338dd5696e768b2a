package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.ChainVerification;

/** The auditor's view of the audit chain. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditTrail audit;

  public record VerificationView(boolean valid, long events, Long firstBrokenEventId) {}

  @GET
  @Path("verification")
  public VerificationView verification() {
    ChainVerification v = audit.verify();
    return new VerificationView(v.valid(), v.events(), v.firstBrokenEventId());
  }
}
