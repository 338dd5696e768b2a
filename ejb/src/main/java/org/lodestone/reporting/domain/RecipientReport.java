package org.lodestone.reporting.domain;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Subject;
import org.lodestone.shared.SubjectKind;

/**
 * A report a recipient owes on an award: a quarterly or final progress report, reviewed by the
 * program officer, or a quarterly or final financial report (SF-425), whose lines the recipient
 * certifies as the ledger computes them. Sent once: a second submission is refused; a returned
 * progress report is corrected and sent again.
 */
@Entity
@Table(name = "recipient_report")
public class RecipientReport {

  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @Column(name = "award_id")
  private long awardId;

  @Column(name = "organization_id")
  private long organizationId;

  @Enumerated(EnumType.STRING)
  private ReportKind kind;

  @Column(name = "final_report")
  private boolean finalReport;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private ReportStatus status;

  private String narrative;

  @Column(name = "milestone_status")
  private String milestoneStatus;

  @Column(name = "permit_status")
  private String permitStatus;

  private Integer jobs;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "report_capacity", joinColumns = @JoinColumn(name = "report_id"))
  @MapKeyColumn(name = "mineral_code")
  @Column(name = "tonnes_per_year")
  private Map<String, BigDecimal> capacity = new TreeMap<>();

  @Column(name = "certified_lines")
  private String certifiedLines;

  private String remarks;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "return_reason")
  private String returnReason;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Version private long version;

  protected RecipientReport() {}

  public RecipientReport(
      String awardNumber,
      long awardId,
      long organizationId,
      ReportKind kind,
      boolean finalReport,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueOn,
      Instant openedAt) {
    if (periodEnd.isBefore(periodStart) || dueOn.isBefore(periodEnd)) {
      throw new IllegalArgumentException("a report covers a period and is due after it ends");
    }
    this.number =
        awardNumber
            + "-"
            + kind.code()
            + "-"
            + (finalReport ? "FINAL" : ReportingPeriods.quarter(periodEnd));
    this.awardId = awardId;
    this.organizationId = organizationId;
    this.kind = kind;
    this.finalReport = finalReport;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.dueOn = dueOn;
    this.openedAt = openedAt;
    this.status = ReportStatus.DUE;
  }

  /**
   * The recipient sends its progress report (SUBMIT_PROGRESS_REPORT): once, or again if returned.
   */
  public void submitProgress(ProgressContent content, String by, Instant at) {
    requireKind(ReportKind.PROGRESS);
    requireOwed();
    var violations = content.violations();
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    narrative = content.narrative();
    milestoneStatus = content.milestoneStatus();
    permitStatus = content.permitStatus();
    jobs = content.jobs();
    capacity.clear();
    capacity.putAll(content.capacity());
    submittedBy = by;
    submittedAt = at;
    status = ReportStatus.SUBMITTED;
  }

  /**
   * The recipient certifies the SF-425 lines the ledger gives for the period
   * (SUBMIT_FINANCIAL_REPORT): the lines are kept as certified, whatever the ledger says later.
   */
  public void certify(String lines, String remarks, String by, Instant at) {
    requireKind(ReportKind.FINANCIAL);
    requireOwed();
    if (remarks != null && remarks.length() > TEXT_MAX) {
      throw new RuleViolationException("remarks", "must be at most " + TEXT_MAX + " characters");
    }
    certifiedLines = lines;
    this.remarks = remarks == null || remarks.isBlank() ? null : remarks;
    submittedBy = by;
    submittedAt = at;
    status = ReportStatus.CERTIFIED;
  }

  /**
   * The program officer accepts a submitted progress report or returns it with a reason
   * (REVIEW_PROGRESS_REPORT). Nobody reviews a report they sent.
   */
  public void review(boolean accept, String reason, String by, Instant at) {
    if (status != ReportStatus.SUBMITTED) {
      throw new StateConflictException(
          "report " + number + " is " + status.label().toLowerCase() + ", not awaiting review");
    }
    if (by.equals(submittedBy)) {
      throw new StateConflictException(
          "the person who sent report " + number + " cannot review it");
    }
    if (!accept && (reason == null || reason.isBlank())) {
      throw new RuleViolationException("reason", "is required to return a report");
    }
    if (reason != null && reason.length() > TEXT_MAX) {
      throw new RuleViolationException("reason", "must be at most " + TEXT_MAX + " characters");
    }
    reviewedBy = by;
    reviewedAt = at;
    returnReason = accept ? null : reason;
    status = accept ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
  }

  /** The due date passed with the report still owed: it is late, and escalated once. */
  public boolean escalate(Instant at) {
    if (!status.owed() || escalatedAt != null) {
      return false;
    }
    escalatedAt = at;
    return true;
  }

  public boolean late(LocalDate today) {
    return status.owed() && today.isAfter(dueOn);
  }

  private void requireKind(ReportKind expected) {
    if (kind != expected) {
      throw new StateConflictException(
          "report "
              + number
              + " is a "
              + kind.label().toLowerCase()
              + ", not a "
              + expected.label().toLowerCase());
    }
  }

  private void requireOwed() {
    if (!status.owed()) {
      throw new StateConflictException(
          "report " + number + " was already sent (" + status.label().toLowerCase() + ")");
    }
  }

  public Subject subject() {
    return new Subject(SubjectKind.REPORT, id, number);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public long awardId() {
    return awardId;
  }

  public long organizationId() {
    return organizationId;
  }

  public ReportKind kind() {
    return kind;
  }

  public boolean finalReport() {
    return finalReport;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public ReportStatus status() {
    return status;
  }

  public String narrative() {
    return narrative;
  }

  public String milestoneStatus() {
    return milestoneStatus;
  }

  public String permitStatus() {
    return permitStatus;
  }

  public Integer jobs() {
    return jobs;
  }

  public Map<String, BigDecimal> capacity() {
    return Map.copyOf(capacity);
  }

  public String certifiedLines() {
    return certifiedLines;
  }

  public String remarks() {
    return remarks;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public String returnReason() {
    return returnReason;
  }

  public Instant escalatedAt() {
    return escalatedAt;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public long version() {
    return version;
  }
}
