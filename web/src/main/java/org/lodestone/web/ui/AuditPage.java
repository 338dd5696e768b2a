package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.audit.domain.ChainVerification;
import org.lodestone.shared.SubjectKind;

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
  private String subjectType = SubjectKind.APPLICATION.name();
  private String subjectId;
  private transient List<AuditEvent> trail;

  /** The trail of one subject (or of a type), newest first. */
  public void search() {
    try {
      trail = audit.search(blankToNull(subjectType), blankToNull(subjectId), 0, 200);
    } catch (RuntimeException e) {
      if (!Messages.show(e, "trail")) {
        throw e;
      }
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<AuditEvent> getTrail() {
    return trail;
  }

  public SubjectKind[] getKinds() {
    return SubjectKind.values();
  }

  public String getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

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
