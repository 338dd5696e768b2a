package org.lodestone.review.domain;

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
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

/**
 * The evaluation of one accepted application: the consensus of its merit reviews, its NEPA class,
 * its risk rating and the selecting official's decision. Selection never commits more than the
 * opportunity's funds still available.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

  public static final BigDecimal DEFAULT_MAX_SPREAD = new BigDecimal("25");

  /** The longest rationale, justification or note. */
  public static final int TEXT_MAX = 2000;

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private long applicationId;

  @Column(name = "opportunity_id")
  private long opportunityId;

  @Column(name = "requested_amount")
  private Money requestedAmount;

  @Column(name = "reviewers_required")
  private int reviewersRequired;

  private BigDecimal spread;

  @Column(name = "consensus_score")
  private BigDecimal consensusScore;

  @Column(name = "consensus_rationale")
  private String consensusRationale;

  @Column(name = "reconciled_by")
  private String reconciledBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "nepa_class")
  private NepaClass nepaClass;

  @Column(name = "nepa_notes")
  private String nepaNotes;

  @Column(name = "nepa_by")
  private String nepaBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_rating")
  private RiskRating riskRating;

  @Column(name = "risk_notes")
  private String riskNotes;

  @Column(name = "risk_by")
  private String riskBy;

  @Enumerated(EnumType.STRING)
  private SelectionDecision decision;

  private String justification;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected Evaluation() {}

  public Evaluation(
      long applicationId, long opportunityId, Money requestedAmount, int reviewersRequired) {
    this.applicationId = applicationId;
    this.opportunityId = opportunityId;
    this.requestedAmount = requestedAmount;
    this.reviewersRequired = reviewersRequired;
  }

  /**
   * Records the consensus of the submitted weighted totals: their mean, unless they spread more
   * than {@code maxSpread} points apart; then a program officer must reconcile them.
   *
   * @return true when the reviewers disagree and the consensus needs reconciling
   */
  public boolean recordConsensus(List<BigDecimal> totals, BigDecimal maxSpread) {
    requireUndecided();
    if (totals.isEmpty()) {
      throw new StateConflictException("no review has been submitted yet");
    }
    BigDecimal max = Collections.max(totals);
    BigDecimal min = Collections.min(totals);
    spread = max.subtract(min).setScale(2, RoundingMode.HALF_UP);
    if (spread.compareTo(maxSpread) > 0) {
      consensusScore = null;
      consensusRationale = null;
      return true;
    }
    BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    consensusScore = sum.divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
    consensusRationale = "Mean of " + totals.size() + " reviews (spread " + spread + " points).";
    return false;
  }

  /** A program officer records the consensus of reviewers who disagreed widely, with a reason. */
  public void reconcile(BigDecimal score, String rationale, String by) {
    requireUndecided();
    if (!reconciliationPending()) {
      throw new StateConflictException("the reviewers' scores do not need reconciling");
    }
    List<Violation> violations = new ArrayList<>();
    if (score == null) {
      violations.add(new Violation("consensusScore", "is required: 0 to 100"));
    } else if (score.signum() < 0 || score.compareTo(HUNDRED) > 0 || score.scale() > 2) {
      violations.add(new Violation("consensusScore", "must be 0 to 100 with at most 2 decimals"));
    }
    String text = blankToNull(rationale);
    if (text == null) {
      violations.add(
          new Violation(
              "rationale", "is required: explain how the reviewers' views were reconciled"));
    } else if (text.length() > TEXT_MAX) {
      violations.add(new Violation("rationale", "must be at most " + TEXT_MAX + " characters"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    consensusScore = score.setScale(2);
    consensusRationale = text;
    reconciledBy = by;
  }

  public void screenEnvironment(NepaClass nepaClass, String notes, String by) {
    requireUndecided();
    if (nepaClass == null) {
      throw new RuleViolationException("nepaClass", "is required: CATEX, EA or EIS");
    }
    this.nepaClass = nepaClass;
    this.nepaNotes = optional(notes, "notes");
    this.nepaBy = by;
  }

  public void rateRisk(RiskRating rating, String notes, String by) {
    requireUndecided();
    if (rating == null) {
      throw new RuleViolationException("rating", "is required: LOW, MEDIUM or HIGH");
    }
    String text =
        rating == RiskRating.LOW
            ? optional(notes, "notes")
            : text(notes, "notes", "explain a " + rating + " risk rating");
    this.riskRating = rating;
    this.riskNotes = text;
    this.riskBy = by;
  }

  /**
   * Records the selecting official's decision. Selecting needs the consensus, NEPA class and risk
   * rating, and a requested amount within {@code fundsRemaining}; either decision needs a
   * justification.
   */
  public void decide(
      SelectionDecision decision,
      String justification,
      Money fundsRemaining,
      String by,
      Instant at) {
    requireUndecided();
    List<Violation> violations = new ArrayList<>();
    if (decision == null) {
      violations.add(new Violation("decision", "is required: SELECT or DECLINE"));
    }
    String text = blankToNull(justification);
    if (text == null) {
      violations.add(new Violation("justification", "is required for either decision"));
    } else if (text.length() > TEXT_MAX) {
      violations.add(new Violation("justification", "must be at most " + TEXT_MAX + " characters"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    if (!readyForSelection()) {
      throw new StateConflictException(
          "the consensus score, NEPA class and risk rating are all needed before a decision");
    }
    if (decision == SelectionDecision.SELECT && requestedAmount.exceeds(fundsRemaining)) {
      Money excess = requestedAmount.minus(fundsRemaining);
      throw new RuleViolationException(
          "decision",
          "to select would exceed the opportunity's funds available by "
              + excess.formatted()
              + ": "
              + requestedAmount.formatted()
              + " is requested and "
              + fundsRemaining.formatted()
              + " remains");
    }
    this.decision = decision;
    this.justification = text;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public boolean readyForSelection() {
    return consensusScore != null && nepaClass != null && riskRating != null;
  }

  public boolean reconciliationPending() {
    return spread != null && consensusScore == null;
  }

  public boolean decided() {
    return decision != null;
  }

  private void requireUndecided() {
    if (decision != null) {
      throw new StateConflictException("the application has already been " + decisionLabel());
    }
  }

  private String decisionLabel() {
    return decision == SelectionDecision.SELECT ? "selected" : "declined";
  }

  private static String text(String value, String field, String rule) {
    String text = blankToNull(value);
    if (text == null) {
      throw new RuleViolationException(field, "is required: " + rule);
    }
    return optional(text, field);
  }

  private static String optional(String value, String field) {
    String text = blankToNull(value);
    if (text != null && text.length() > TEXT_MAX) {
      throw new RuleViolationException(field, "must be at most " + TEXT_MAX + " characters");
    }
    return text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public long opportunityId() {
    return opportunityId;
  }

  public Money requestedAmount() {
    return requestedAmount;
  }

  public int reviewersRequired() {
    return reviewersRequired;
  }

  public BigDecimal spread() {
    return spread;
  }

  public BigDecimal consensusScore() {
    return consensusScore;
  }

  public String consensusRationale() {
    return consensusRationale;
  }

  public String reconciledBy() {
    return reconciledBy;
  }

  public NepaClass nepaClass() {
    return nepaClass;
  }

  public String nepaNotes() {
    return nepaNotes;
  }

  public RiskRating riskRating() {
    return riskRating;
  }

  public String riskNotes() {
    return riskNotes;
  }

  public SelectionDecision decision() {
    return decision;
  }

  public String justification() {
    return justification;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
