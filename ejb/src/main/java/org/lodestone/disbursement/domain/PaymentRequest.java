package org.lodestone.disbursement.domain;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Subject;
import org.lodestone.shared.SubjectKind;

/**
 * A recipient's request for payment under an award. It passes the program officer's approval and
 * the finance officer's certification (and a second finance officer's above a threshold), each by
 * someone who neither asked for it nor decided on it before in this submission; any step may reduce
 * the amount with a reason, return the request to the recipient, or reject it. Once approved it is
 * released exactly once: one DISBURSEMENT entry of the ledger and one payment reference.
 */
@Entity
@Table(name = "payment_request")
public class PaymentRequest {

  public static final int TEXT_MAX = 2000;
  public static final int KEY_MAX = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @Column(name = "award_id")
  private long awardId;

  @Column(name = "organization_id")
  private long organizationId;

  @Column(name = "opportunity_id")
  private long opportunityId;

  @Enumerated(EnumType.STRING)
  private PaymentType type;

  @Column(name = "milestone_id")
  private Long milestoneId;

  @Column(name = "budget_period")
  private int budgetPeriod;

  @Column(name = "requested_amount")
  private Money requestedAmount;

  @Column(name = "approved_amount")
  private Money approvedAmount;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "payment_request_cost",
      joinColumns = @JoinColumn(name = "payment_request_id"))
  @OrderColumn(name = "position")
  private List<CostLine> costs = new ArrayList<>();

  @Column(name = "cost_share_cash")
  private Money costShareCash;

  @Column(name = "cost_share_in_kind")
  private Money costShareInKind;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "payment_request_document",
      joinColumns = @JoinColumn(name = "payment_request_id"))
  @Column(name = "document_id")
  @OrderBy
  private Set<Long> documentIds = new TreeSet<>();

  @Embedded private Certifications certifications;

  @Enumerated(EnumType.STRING)
  private PaymentStatus status;

  @Column(name = "submission_round")
  private int round;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "payment_approval",
      joinColumns = @JoinColumn(name = "payment_request_id"))
  @OrderColumn(name = "position")
  private List<Approval> approvals = new ArrayList<>();

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "first_submitted_at")
  private Instant firstSubmittedAt;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  private String fingerprint;

  @Column(name = "payment_reference")
  private String paymentReference;

  @Column(name = "ledger_entry_id")
  private Long ledgerEntryId;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Version private long version;

  protected PaymentRequest() {}

  public PaymentRequest(
      String number,
      long awardId,
      long organizationId,
      long opportunityId,
      int budgetPeriod,
      PaymentClaim claim,
      String idempotencyKey,
      String by,
      Instant at) {
    this.number = number;
    this.awardId = awardId;
    this.organizationId = organizationId;
    this.opportunityId = opportunityId;
    this.idempotencyKey = idempotencyKey;
    this.requestedBy = by;
    this.firstSubmittedAt = at;
    this.round = 0;
    submit(budgetPeriod, claim, at);
  }

  private void submit(int period, PaymentClaim claim, Instant at) {
    this.round++;
    this.budgetPeriod = period;
    this.type = claim.type();
    this.milestoneId = claim.milestoneId();
    this.requestedAmount = claim.amount();
    this.approvedAmount = claim.amount();
    this.periodStart = claim.periodStart();
    this.periodEnd = claim.periodEnd();
    this.costs.clear();
    this.costs.addAll(claim.costs());
    this.costShareCash = claim.costShareCash();
    this.costShareInKind = claim.costShareInKind();
    this.documentIds.clear();
    this.documentIds.addAll(claim.documentIds());
    this.certifications = claim.certifications();
    this.fingerprint = claim.fingerprint();
    this.submittedAt = at;
    this.status = PaymentStatus.SUBMITTED;
    this.statusReason = null;
  }

  /** The recipient corrects a returned request and submits it again: approvals start afresh. */
  public void resubmit(int period, PaymentClaim claim, String by, Instant at) {
    if (status != PaymentStatus.RETURNED) {
      throw new StateConflictException(
          "payment request "
              + number
              + " is "
              + status
              + ": only a returned request is resubmitted");
    }
    if (claim.type() != type || !java.util.Objects.equals(claim.milestoneId(), milestoneId)) {
      throw new RuleViolationException(
          "type",
          "a resubmission keeps the request's type and milestone; make a new request instead");
    }
    submit(period, claim, at);
  }

  /** The approval this request waits for in its current submission, if any. */
  public Optional<ApprovalStep> nextStep(Money secondApprovalThreshold) {
    if (status != PaymentStatus.SUBMITTED) {
      return Optional.empty();
    }
    long approved =
        currentApprovals().stream().filter(a -> a.decision() == PaymentDecision.APPROVE).count();
    if (approved == 0) {
      return Optional.of(ApprovalStep.APPROVE_PAYMENT);
    }
    if (approved == 1) {
      return Optional.of(ApprovalStep.CERTIFY_PAYMENT);
    }
    if (approved == 2 && approvedAmount.exceeds(secondApprovalThreshold)) {
      return Optional.of(ApprovalStep.SECOND_CERTIFY_PAYMENT);
    }
    return Optional.empty();
  }

  /**
   * A decision at {@code step}. The requester never decides on the request; nobody decides twice on
   * one submission (so the two finance certifications are different people); the amount may be
   * reduced, with a reason, never raised; a return or a rejection needs a reason.
   */
  public void decide(
      ApprovalStep step,
      PaymentDecision decision,
      Money amount,
      String reason,
      String actor,
      Money secondApprovalThreshold,
      Instant at) {
    ApprovalStep expected =
        nextStep(secondApprovalThreshold)
            .orElseThrow(
                () ->
                    new StateConflictException(
                        "payment request " + number + " is " + status + ": it awaits no approval"));
    if (expected != step) {
      throw new StateConflictException(
          "payment request " + number + " awaits " + expected.label() + ", not " + step.label());
    }
    if (actor.equals(requestedBy)) {
      throw new ForbiddenException(
          actor + " requested payment " + number + " and may not decide on it");
    }
    currentApprovals().stream()
        .filter(a -> a.actor().equals(actor))
        .findFirst()
        .ifPresent(
            a -> {
              throw new ForbiddenException(
                  actor
                      + " already decided on payment request "
                      + number
                      + " ("
                      + a.step().label()
                      + "): another person must take this step");
            });
    if (decision == null) {
      throw new RuleViolationException("decision", "is required: APPROVE, RETURN or REJECT");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > TEXT_MAX) {
      throw new RuleViolationException("reason", "must be at most " + TEXT_MAX + " characters");
    }
    switch (decision) {
      case APPROVE -> {
        Money approved = amount == null ? approvedAmount : amount;
        if (approved.signum() <= 0) {
          throw new RuleViolationException(
              "amount", "must be more than zero: reject the request instead");
        }
        if (approved.exceeds(approvedAmount)) {
          throw new RuleViolationException(
              "amount",
              approved.formatted()
                  + " is more than the "
                  + approvedAmount.formatted()
                  + " under approval: an approval may reduce the amount, never raise it");
        }
        if (!approved.equals(approvedAmount) && why == null) {
          throw new RuleViolationException("reason", "is required: say why the amount is reduced");
        }
        approvals.add(new Approval(round, step, actor, decision, approved, why, at));
        this.approvedAmount = approved;
        if (nextStep(secondApprovalThreshold).isEmpty()) {
          this.status = PaymentStatus.APPROVED;
        }
      }
      case RETURN, REJECT -> {
        if (why == null) {
          throw new RuleViolationException(
              "reason",
              "is required: say why the request is "
                  + (decision == PaymentDecision.RETURN ? "returned" : "rejected"));
        }
        approvals.add(new Approval(round, step, actor, decision, null, why, at));
        this.statusReason = why;
        this.status =
            decision == PaymentDecision.RETURN ? PaymentStatus.RETURNED : PaymentStatus.REJECTED;
      }
    }
  }

  /** An approved request reaches the release while the award is on hold, or the hold lifts. */
  public void held(boolean held) {
    if (held && status == PaymentStatus.APPROVED) {
      this.status = PaymentStatus.HELD;
    } else if (!held && status == PaymentStatus.HELD) {
      this.status = PaymentStatus.APPROVED;
    }
  }

  /** The payment left: its reference and the ledger entry that records it. */
  public void release(String reference, long ledgerEntry, Instant at) {
    if (status != PaymentStatus.APPROVED) {
      throw new StateConflictException(
          "payment request " + number + " is " + status + " and cannot be released");
    }
    this.paymentReference = reference;
    this.ledgerEntryId = ledgerEntry;
    this.releasedAt = at;
    this.status = PaymentStatus.RELEASED;
  }

  /** Payment is due 30 days after a proper request; past the escalation point, staff are told. */
  public boolean escalate(Instant at) {
    if (escalatedAt != null || !status.inFlight()) {
      return false;
    }
    this.escalatedAt = at;
    return true;
  }

  private List<Approval> currentApprovals() {
    return approvals.stream().filter(a -> a.round() == round).toList();
  }

  public Subject subject() {
    return Subject.of(SubjectKind.PAYMENT_REQUEST, id, number);
  }

  public PaymentClaim claim() {
    return new PaymentClaim(
        type,
        milestoneId,
        requestedAmount,
        periodStart,
        periodEnd,
        costs,
        costShareCash,
        costShareInKind,
        documentIds,
        certifications);
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

  public long opportunityId() {
    return opportunityId;
  }

  public PaymentType type() {
    return type;
  }

  public Long milestoneId() {
    return milestoneId;
  }

  public int budgetPeriod() {
    return budgetPeriod;
  }

  public Money requestedAmount() {
    return requestedAmount;
  }

  public Money approvedAmount() {
    return approvedAmount;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public List<CostLine> costs() {
    return List.copyOf(costs);
  }

  public Money costShareCash() {
    return costShareCash;
  }

  public Money costShareInKind() {
    return costShareInKind;
  }

  public Set<Long> documentIds() {
    return Set.copyOf(documentIds);
  }

  public Certifications certifications() {
    return certifications;
  }

  public PaymentStatus status() {
    return status;
  }

  public int round() {
    return round;
  }

  public List<Approval> approvals() {
    return List.copyOf(approvals);
  }

  public String statusReason() {
    return statusReason;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant firstSubmittedAt() {
    return firstSubmittedAt;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public String paymentReference() {
    return paymentReference;
  }

  public Long ledgerEntryId() {
    return ledgerEntryId;
  }

  public Instant releasedAt() {
    return releasedAt;
  }

  public Instant escalatedAt() {
    return escalatedAt;
  }

  public long version() {
    return version;
  }
}
