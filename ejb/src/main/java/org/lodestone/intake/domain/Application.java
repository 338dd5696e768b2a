package org.lodestone.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

/** A funding application of one organization to one funding opportunity. */
@Entity
@Table(name = "application")
public class Application {

  public static final int REASON_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @Column(name = "organization_id")
  private long organizationId;

  @Column(name = "opportunity_id")
  private long opportunityId;

  private String title;
  private String summary;

  @Column(name = "federal_amount_requested")
  private BigDecimal federalAmountRequested;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version private long version;

  protected Application() {}

  public Application(
      String number,
      long organizationId,
      long opportunityId,
      String createdBy,
      Instant createdAt,
      ApplicationDetails details) {
    this.number = number;
    this.organizationId = organizationId;
    this.opportunityId = opportunityId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = ApplicationStatus.DRAFT;
    apply(details);
  }

  /** Replaces what the applicant typed; only while the application is theirs to edit. */
  public void revise(ApplicationDetails details) {
    requireEditable("revised");
    apply(details);
  }

  /**
   * Submits (or resubmits after a return) with every violation listed at once.
   *
   * @return true when this is a resubmission after a return for correction
   */
  public boolean submit(FundingOpportunity opportunity, LocalDate today, Instant now) {
    requireEditable("submitted");
    List<Violation> violations = new ArrayList<>(details().completenessViolations());
    if (opportunity.id() != opportunityId) {
      throw new IllegalArgumentException("not this application's opportunity");
    }
    if (!opportunity.acceptsSubmissionsOn(today) && status == ApplicationStatus.DRAFT) {
      violations.add(
          new Violation(
              "opportunityId",
              "funding opportunity "
                  + opportunity.number()
                  + " does not accept submissions today (open "
                  + opportunity.opensOn()
                  + " to "
                  + opportunity.closesOn()
                  + ")"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    boolean resubmission = status == ApplicationStatus.RETURNED;
    status = ApplicationStatus.SUBMITTED;
    statusReason = null;
    submittedAt = now;
    return resubmission;
  }

  public void acceptForReview() {
    requireStatus(ApplicationStatus.SUBMITTED, "accepted");
    status = ApplicationStatus.IN_REVIEW;
    statusReason = null;
  }

  public void returnForCorrection(String reason) {
    requireStatus(ApplicationStatus.SUBMITTED, "returned");
    statusReason = requireReason(reason);
    status = ApplicationStatus.RETURNED;
  }

  public void rejectAsIneligible(String reason) {
    requireStatus(ApplicationStatus.SUBMITTED, "rejected");
    statusReason = requireReason(reason);
    status = ApplicationStatus.INELIGIBLE;
  }

  /** The correction deadline passed without a resubmission. */
  public void withdrawForMissedDeadline() {
    requireStatus(ApplicationStatus.RETURNED, "withdrawn for a missed correction deadline");
    status = ApplicationStatus.WITHDRAWN;
    statusReason = "The correction deadline passed without a resubmission.";
  }

  /** Optimistic check of the version a client last saw. */
  public void requireVersion(long expected) {
    if (expected != version) {
      throw new StateConflictException(
          "application "
              + number
              + " was changed by someone else (version "
              + version
              + ", you sent "
              + expected
              + "): reload it and try again");
    }
  }

  public ApplicationDetails details() {
    return new ApplicationDetails(title, summary, federalAmountRequested);
  }

  private void apply(ApplicationDetails details) {
    List<Violation> violations = details.formatViolations();
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    this.title = details.title();
    this.summary = details.summary();
    this.federalAmountRequested =
        details.federalAmountRequested() == null
            ? null
            : Money.usd(details.federalAmountRequested());
  }

  private void requireEditable(String action) {
    if (!status.editableByApplicant()) {
      throw new StateConflictException(
          "application " + number + " is " + status + " and cannot be " + action);
    }
  }

  private void requireStatus(ApplicationStatus expected, String action) {
    if (status != expected) {
      throw new StateConflictException(
          "application "
              + number
              + " is "
              + status
              + ", not "
              + expected
              + ", and cannot be "
              + action);
    }
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("reason", "is required");
    }
    if (reason.length() > REASON_MAX) {
      throw new RuleViolationException("reason", "must be at most " + REASON_MAX + " characters");
    }
    return reason.strip();
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public long organizationId() {
    return organizationId;
  }

  public long opportunityId() {
    return opportunityId;
  }

  public ApplicationStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public long version() {
    return version;
  }
}
