package org.lodestone.permitting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/**
 * A move of a final completion date by more than 30 days, waiting for a program officer's approval
 * before it takes effect. Never decided by the person who asked for it.
 */
@Entity
@Table(name = "timetable_change_request")
public class TimetableChangeRequest {

  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "permit_id")
  private long permitId;

  @Column(name = "target_date")
  private LocalDate targetDate;

  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason_category")
  private ReasonCategory category;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Version private long version;

  protected TimetableChangeRequest() {}

  public TimetableChangeRequest(
      long permitId,
      LocalDate targetDate,
      String reason,
      ReasonCategory category,
      String requestedBy,
      Instant requestedAt) {
    this.permitId = permitId;
    this.targetDate = targetDate;
    this.reason = reason.strip();
    this.category = category;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.status = Status.PENDING;
  }

  public void decide(boolean approve, String why, String by) {
    if (status != Status.PENDING) {
      throw new StateConflictException(
          "the change of permit " + permitId + " was already " + status);
    }
    if (by.equals(requestedBy)) {
      throw new ForbiddenException(by + " asked for this change: someone else must decide it");
    }
    if (!approve && (why == null || why.isBlank())) {
      throw new RuleViolationException("reason", "is required to reject a change");
    }
    if (why != null && why.length() > Permit.TEXT_MAX) {
      throw new RuleViolationException(
          "reason", "must be at most " + Permit.TEXT_MAX + " characters");
    }
    this.status = approve ? Status.APPROVED : Status.REJECTED;
    this.decidedBy = by;
    this.decisionReason = why == null || why.isBlank() ? null : why.strip();
  }

  public Long id() {
    return id;
  }

  public long permitId() {
    return permitId;
  }

  public LocalDate targetDate() {
    return targetDate;
  }

  public String reason() {
    return reason;
  }

  public ReasonCategory category() {
    return category;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Status status() {
    return status;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String decisionReason() {
    return decisionReason;
  }
}
