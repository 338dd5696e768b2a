package org.lodestone.award.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/** A milestone of an award: a deliverable that, once accepted, releases a payment. */
@Entity
@Table(name = "milestone")
public class Milestone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "award_id")
  private Award award;

  private int position;
  private String title;
  private String deliverable;

  @Column(name = "budget_period")
  private int budgetPeriod;

  @Column(name = "due_date")
  private LocalDate dueDate;

  private Money amount;

  @Column(name = "engineer_certification")
  private boolean engineerCertification;

  @Enumerated(EnumType.STRING)
  private MilestoneStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "milestone_permit", joinColumns = @JoinColumn(name = "milestone_id"))
  @Column(name = "permit_id")
  @OrderBy
  private Set<Long> permitIds = new TreeSet<>();

  @Column(name = "completion_summary")
  private String completionSummary;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "milestone_document", joinColumns = @JoinColumn(name = "milestone_id"))
  @Column(name = "document_id")
  @OrderBy
  private Set<Long> evidenceIds = new TreeSet<>();

  @Column(name = "reported_by")
  private String reportedBy;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "certified_by")
  private String certifiedBy;

  @Column(name = "certified_at")
  private Instant certifiedAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "return_reason")
  private String returnReason;

  protected Milestone() {}

  /**
   * The recipient reports the deliverable done, with evidence documents of the award. A returned
   * milestone is reported again the same way.
   */
  public void report(String summary, Set<Long> documentIds, String by, Instant at) {
    if (status != MilestoneStatus.PLANNED && status != MilestoneStatus.RETURNED) {
      throw new StateConflictException(
          "milestone \"" + title + "\" is " + status + ": it was already reported");
    }
    if (summary == null || summary.isBlank()) {
      throw new RuleViolationException("summary", "is required: say what was completed");
    }
    if (summary.length() > AwardTerms.TEXT_MAX) {
      throw new RuleViolationException(
          "summary", "must be at most " + AwardTerms.TEXT_MAX + " characters");
    }
    if (documentIds.isEmpty()) {
      throw new RuleViolationException(
          "documentIds", "at least one evidence document of the award is required");
    }
    this.completionSummary = summary.strip();
    this.evidenceIds.clear();
    this.evidenceIds.addAll(documentIds);
    this.reportedBy = by;
    this.reportedAt = at;
    this.certifiedBy = null;
    this.certifiedAt = null;
    this.returnReason = null;
    this.status = MilestoneStatus.REPORTED;
  }

  /** The independent engineer certifies the physical work, or returns the report with a reason. */
  public void certify(boolean certify, String reason, String by, Instant at) {
    if (!engineerCertification) {
      throw new StateConflictException(
          "milestone \"" + title + "\" does not need the independent engineer's certification");
    }
    if (status != MilestoneStatus.REPORTED) {
      throw new StateConflictException(
          "milestone \"" + title + "\" is " + status + " and cannot be certified");
    }
    if (certify) {
      this.certifiedBy = by;
      this.certifiedAt = at;
      this.status = MilestoneStatus.CERTIFIED;
    } else {
      returnWith(reason);
    }
  }

  /**
   * The program officer accepts the milestone, never while a permit it depends on is incomplete
   * ({@code blockingPermits} names them), and never before the engineer certified it where the
   * terms ask for that; or returns it with a reason.
   */
  public void accept(
      boolean accept, String reason, List<String> blockingPermits, String by, Instant at) {
    MilestoneStatus ready =
        engineerCertification ? MilestoneStatus.CERTIFIED : MilestoneStatus.REPORTED;
    if (status != ready) {
      throw new StateConflictException(
          "milestone \""
              + title
              + "\" is "
              + status
              + (engineerCertification && status == MilestoneStatus.REPORTED
                  ? ": the independent engineer certifies it first"
                  : " and cannot be accepted"));
    }
    if (!accept) {
      returnWith(reason);
      return;
    }
    if (!blockingPermits.isEmpty()) {
      throw new RuleViolationException(
          "decision",
          "milestone \""
              + title
              + "\" waits for permits not yet complete: "
              + String.join(", ", blockingPermits));
    }
    this.acceptedBy = by;
    this.acceptedAt = at;
    this.status = MilestoneStatus.ACCEPTED;
  }

  private void returnWith(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("reason", "is required: say what the recipient must fix");
    }
    if (reason.length() > AwardTerms.TEXT_MAX) {
      throw new RuleViolationException(
          "reason", "must be at most " + AwardTerms.TEXT_MAX + " characters");
    }
    this.returnReason = reason.strip();
    this.status = MilestoneStatus.RETURNED;
  }

  /** The milestone's payment was released. */
  public void markPaid() {
    if (status != MilestoneStatus.ACCEPTED) {
      throw new StateConflictException(
          "milestone \"" + title + "\" is " + status + ": only an accepted milestone is paid");
    }
    this.status = MilestoneStatus.PAID;
  }

  Milestone(Award award, int position, MilestoneTerms terms) {
    this.award = award;
    this.status = MilestoneStatus.PLANNED;
    revise(position, terms);
  }

  void revise(int position, MilestoneTerms terms) {
    this.position = position;
    this.title = terms.title();
    this.deliverable = terms.deliverable();
    this.budgetPeriod = terms.budgetPeriod();
    this.dueDate = terms.dueDate();
    this.amount = terms.amount();
    this.engineerCertification = terms.engineerCertification();
    this.permitIds.clear();
    this.permitIds.addAll(terms.permitIds());
  }

  public MilestoneTerms terms() {
    return new MilestoneTerms(
        id,
        title,
        deliverable,
        budgetPeriod,
        dueDate,
        amount,
        List.copyOf(permitIds),
        engineerCertification);
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public String deliverable() {
    return deliverable;
  }

  public int budgetPeriod() {
    return budgetPeriod;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Money amount() {
    return amount;
  }

  public boolean engineerCertification() {
    return engineerCertification;
  }

  public MilestoneStatus status() {
    return status;
  }

  public Set<Long> permitIds() {
    return Set.copyOf(permitIds);
  }

  public Award award() {
    return award;
  }

  public String completionSummary() {
    return completionSummary;
  }

  public Set<Long> evidenceIds() {
    return Set.copyOf(evidenceIds);
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public String certifiedBy() {
    return certifiedBy;
  }

  public Instant certifiedAt() {
    return certifiedAt;
  }

  public String acceptedBy() {
    return acceptedBy;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public String returnReason() {
    return returnReason;
  }
}
