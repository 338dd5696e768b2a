package org.lodestone.review.domain;

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
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

/**
 * One reviewer's independent merit review of one application: first a declaration of any conflict
 * of interest, then a score of 1 to 5 per evaluation criterion with comments, giving a weighted
 * total out of 100.
 */
@Entity
@Table(name = "review")
public class Review {

  public static final int MIN_SCORE = 1;
  public static final int MAX_SCORE = 5;
  public static final int TEXT_MAX = 2000;
  public static final int COMMENTS_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private long applicationId;

  private String reviewer;

  @Enumerated(EnumType.STRING)
  private ReviewStatus status;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "declared_at")
  private Instant declaredAt;

  @Column(name = "conflict_explanation")
  private String conflictExplanation;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "weighted_total")
  private BigDecimal weightedTotal;

  private String comments;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "removed_reason")
  private String removedReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
  @MapKeyColumn(name = "criterion_code")
  @Column(name = "score")
  private Map<String, Integer> scores = new TreeMap<>();

  @Version private long version;

  protected Review() {}

  public Review(long applicationId, String reviewer, Instant assignedAt, Instant dueAt) {
    if (!dueAt.isAfter(assignedAt)) {
      throw new IllegalArgumentException("a review is due after it is assigned");
    }
    this.applicationId = applicationId;
    this.reviewer = reviewer;
    this.assignedAt = assignedAt;
    this.dueAt = dueAt;
    this.status = ReviewStatus.ASSIGNED;
  }

  /**
   * The reviewer declares whether it has a conflict of interest; a conflict needs an explanation
   * and ends the reviewer's part.
   */
  public void declare(boolean conflict, String explanation, Instant at) {
    requireStatus(ReviewStatus.ASSIGNED, "declare a conflict of interest");
    String text = blankToNull(explanation);
    if (conflict && text == null) {
      throw new RuleViolationException(
          "explanation", "is required when declaring a conflict of interest");
    }
    if (text != null && text.length() > TEXT_MAX) {
      throw new RuleViolationException(
          "explanation", "must be at most " + TEXT_MAX + " characters");
    }
    conflictExplanation = text;
    declaredAt = at;
    status = conflict ? ReviewStatus.CONFLICTED : ReviewStatus.SCORING;
  }

  /**
   * Records the reviewer's scores: every criterion of the opportunity, each 1 to 5, and comments.
   * Every violation is listed at once.
   */
  public void submit(
      Map<String, Integer> scores,
      String comments,
      List<EvaluationCriterion> criteria,
      Instant at) {
    requireStatus(ReviewStatus.SCORING, "submit scores");
    List<Violation> violations = scoreViolations(scores, criteria);
    String text = blankToNull(comments);
    if (text == null) {
      violations.add(new Violation("comments", "are required: explain the scores"));
    } else if (text.length() > COMMENTS_MAX) {
      violations.add(new Violation("comments", "must be at most " + COMMENTS_MAX + " characters"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    this.scores.clear();
    this.scores.putAll(scores);
    this.comments = text;
    this.weightedTotal = weightedTotal(scores, criteria);
    this.submittedAt = at;
    this.status = ReviewStatus.SUBMITTED;
  }

  /** The deadline passed: the review was escalated and the reviewer no longer takes part. */
  public void removeAfterEscalation(String reason) {
    if (status != ReviewStatus.ASSIGNED && status != ReviewStatus.SCORING) {
      throw new StateConflictException(
          "the review of " + reviewer + " is " + status.label() + " and cannot be escalated");
    }
    removedReason = reason;
    status = ReviewStatus.REMOVED;
  }

  public void markReminded(Instant at) {
    remindedAt = at;
  }

  /** The weighted total out of 100: each score's share of 5 times its criterion's weight. */
  public static BigDecimal weightedTotal(
      Map<String, Integer> scores, List<EvaluationCriterion> criteria) {
    BigDecimal sum = BigDecimal.ZERO;
    for (EvaluationCriterion c : criteria) {
      sum = sum.add(BigDecimal.valueOf((long) scores.get(c.code()) * c.weight()));
    }
    return sum.divide(BigDecimal.valueOf(MAX_SCORE), 2, RoundingMode.HALF_UP);
  }

  static List<Violation> scoreViolations(
      Map<String, Integer> scores, List<EvaluationCriterion> criteria) {
    List<Violation> violations = new ArrayList<>();
    Map<String, Integer> given = scores == null ? Map.of() : scores;
    for (EvaluationCriterion c : criteria) {
      Integer score = given.get(c.code());
      if (score == null) {
        violations.add(new Violation("scores." + c.code(), "is required: a score from 1 to 5"));
      } else if (score < MIN_SCORE || score > MAX_SCORE) {
        violations.add(
            new Violation("scores." + c.code(), "must be 1 to 5; " + score + " is out of range"));
      }
    }
    given.keySet().stream()
        .filter(code -> criteria.stream().noneMatch(c -> c.code().equals(code)))
        .sorted()
        .forEach(
            code ->
                violations.add(
                    new Violation(
                        "scores." + code, "is not an evaluation criterion of this opportunity")));
    return violations;
  }

  private void requireStatus(ReviewStatus expected, String action) {
    if (status == ReviewStatus.REMOVED) {
      throw new StateConflictException(
          "the review was escalated after its deadline and "
              + reviewer
              + " was removed from it; nothing more can be recorded");
    }
    if (status != expected) {
      throw new StateConflictException(
          "the review of " + reviewer + " is " + status.label() + ": cannot " + action);
    }
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

  public String reviewer() {
    return reviewer;
  }

  public ReviewStatus status() {
    return status;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  /** Still open and past its deadline. */
  public boolean lateAt(Instant now) {
    return (status == ReviewStatus.ASSIGNED || status == ReviewStatus.SCORING)
        && now.isAfter(dueAt);
  }

  public Instant declaredAt() {
    return declaredAt;
  }

  public String conflictExplanation() {
    return conflictExplanation;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public boolean submitted() {
    return status == ReviewStatus.SUBMITTED;
  }

  public BigDecimal weightedTotal() {
    return weightedTotal;
  }

  public String comments() {
    return comments;
  }

  public Instant remindedAt() {
    return remindedAt;
  }

  public String removedReason() {
    return removedReason;
  }

  public Map<String, Integer> scores() {
    return Collections.unmodifiableMap(scores);
  }
}
