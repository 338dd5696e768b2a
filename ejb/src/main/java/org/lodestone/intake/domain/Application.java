package org.lodestone.intake.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Subject;
import org.lodestone.shared.SubjectKind;
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

  @Enumerated(EnumType.STRING)
  @Column(name = "topic_area")
  private TopicArea topicArea;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "application_mineral", joinColumns = @JoinColumn(name = "application_id"))
  @Column(name = "mineral_code")
  private Set<String> minerals = new TreeSet<>();

  @Embedded private Site site;

  @Enumerated(EnumType.STRING)
  @Column(name = "project_stage")
  private ProjectStage projectStage;

  @Column(name = "capacity_tonnes_per_year")
  private BigDecimal capacityTonnesPerYear;

  @Column(name = "jobs_created")
  private Integer jobsCreated;

  @Column(name = "total_project_cost")
  private BigDecimal totalProjectCost;

  @Column(name = "federal_amount_requested")
  private BigDecimal federalAmountRequested;

  @Column(name = "cost_share_cash")
  private BigDecimal costShareCash;

  @Column(name = "cost_share_in_kind")
  private BigDecimal costShareInKind;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "application_permit", joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "position")
  private List<PlannedPermit> permits = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "application_budget_line",
      joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "position")
  private List<BudgetLine> budget = new ArrayList<>();

  @Column(name = "ownership_certified")
  private boolean ownershipCertified;

  private Boolean eligible;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "application_eligibility_reason",
      joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "position")
  @Column(name = "reason")
  private List<String> eligibilityReasons = new ArrayList<>();

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

  @Column(name = "first_submitted_at")
  private Instant firstSubmittedAt;

  @Version private long version;

  protected Application() {}

  public Application(
      String number,
      long organizationId,
      long opportunityId,
      String createdBy,
      Instant createdAt,
      ApplicationDetails details,
      boolean ownershipCertified,
      Set<String> knownMinerals) {
    this.number = number;
    this.organizationId = organizationId;
    this.opportunityId = opportunityId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = ApplicationStatus.DRAFT;
    apply(details, ownershipCertified, knownMinerals);
  }

  /** Replaces what the applicant typed; only while the application is theirs to edit. */
  public void revise(
      ApplicationDetails details, boolean ownershipCertified, Set<String> knownMinerals) {
    requireEditable("revised");
    apply(details, ownershipCertified, knownMinerals);
  }

  /**
   * Submits (or resubmits after a return) with every violation listed at once.
   *
   * @return true when this is a resubmission after a return for correction
   */
  public boolean submit(
      FundingOpportunity opportunity, LocalDate today, Instant now, Set<AttachmentKind> attached) {
    requireEditable("submitted");
    List<Violation> violations = new ArrayList<>(details().completenessViolations());
    for (AttachmentKind kind : AttachmentKind.REQUIRED) {
      if (!attached.contains(kind)) {
        violations.add(
            new Violation(
                "attachments",
                "attach the " + kind.name().toLowerCase().replace('_', ' ') + " (PDF)"));
      }
    }
    if (!ownershipCertified) {
      violations.add(
          new Violation(
              "ownershipCertified",
              "certify that the organization's ownership and control are stated completely and truly"));
    }
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
    if (firstSubmittedAt == null) {
      firstSubmittedAt = now;
    }
    return resubmission;
  }

  /**
   * Records the outcome of the eligibility rules: no reasons keeps it for screening, any reason
   * closes it as ineligible with the reasons the applicant reads.
   */
  public void recordEligibility(List<String> reasons) {
    requireStatus(ApplicationStatus.SUBMITTED, "assessed for eligibility");
    eligibilityReasons = new ArrayList<>(reasons);
    eligible = reasons.isEmpty();
    if (!eligible) {
      status = ApplicationStatus.INELIGIBLE;
      statusReason = String.join(" ", reasons);
    }
  }

  public void acceptForReview() {
    requireStatus(ApplicationStatus.SUBMITTED, "accepted");
    status = ApplicationStatus.IN_REVIEW;
    statusReason = null;
  }

  /** The selecting official's decision ends merit review. */
  public void recordSelection(boolean selected, String justification) {
    requireStatus(ApplicationStatus.IN_REVIEW, "selected or declined");
    status = selected ? ApplicationStatus.SELECTED : ApplicationStatus.DECLINED;
    statusReason = justification;
  }

  /** The recipient's answer to its award: accepted (AWARDED) or declined (WITHDRAWN). */
  public void recordAward(boolean accepted, String reason) {
    requireStatus(ApplicationStatus.SELECTED, accepted ? "awarded" : "withdrawn");
    status = accepted ? ApplicationStatus.AWARDED : ApplicationStatus.WITHDRAWN;
    statusReason = accepted ? null : "The award was declined: " + reason;
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
    return new ApplicationDetails(
        title,
        summary,
        topicArea,
        minerals,
        site,
        projectStage,
        capacityTonnesPerYear,
        jobsCreated,
        totalProjectCost,
        federalAmountRequested,
        costShareCash,
        costShareInKind,
        startDate,
        endDate,
        permits,
        budget);
  }

  private void apply(ApplicationDetails details, boolean certified, Set<String> knownMinerals) {
    List<Violation> violations = details.formatViolations(knownMinerals);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    this.title = details.title();
    this.summary = details.summary();
    this.topicArea = details.topicArea();
    this.minerals = new TreeSet<>(details.minerals());
    this.site = details.site();
    this.projectStage = details.projectStage();
    this.capacityTonnesPerYear = details.capacityTonnesPerYear();
    this.jobsCreated = details.jobsCreated();
    this.totalProjectCost = usd(details.totalProjectCost());
    this.federalAmountRequested = usd(details.federalAmountRequested());
    this.costShareCash = usd(details.costShareCash());
    this.costShareInKind = usd(details.costShareInKind());
    this.startDate = details.startDate();
    this.endDate = details.endDate();
    this.permits = new ArrayList<>(details.permits());
    this.budget =
        new ArrayList<>(
            details.budget().stream()
                .map(l -> new BudgetLine(l.category(), usd(l.amount())))
                .toList());
    this.ownershipCertified = certified;
  }

  private static BigDecimal usd(BigDecimal amount) {
    return amount == null ? null : Money.of(amount).amount();
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

  /** The application as a subject of work, notifications and audit events. */
  public Subject subject() {
    return Subject.of(SubjectKind.APPLICATION, id, number);
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

  /** When the application first reached the program office (a resubmission keeps it). */
  public Instant firstSubmittedAt() {
    return firstSubmittedAt;
  }

  public long version() {
    return version;
  }

  public boolean ownershipCertified() {
    return ownershipCertified;
  }

  /** Null until the eligibility rules ran at submission. */
  public Boolean eligible() {
    return eligible;
  }

  public List<String> eligibilityReasons() {
    return List.copyOf(eligibilityReasons);
  }
}
