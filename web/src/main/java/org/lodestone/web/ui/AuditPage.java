package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.ChainVerification;

/** The auditor verifies the audit chain. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AuditTrail audit;
  private Boolean valid;
  private long events;
  private Long firstBrokenEventId;
  private Instant verifiedAt;

  public void verify() {
    try {
      ChainVerification v = audit.verify();
      valid = v.valid();
      events = v.events();
      firstBrokenEventId = v.firstBrokenEventId();
      verifiedAt = Instant.now();
    } catch (RuntimeException e) {
      if (!Messages.show(e, "form")) {
        throw e;
      }
    }
  }

  public Boolean getValid() {
    return valid;
  }

  public long getEvents() {
    return events;
  }

  public Long getFirstBrokenEventId() {
    return firstBrokenEventId;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }
}
