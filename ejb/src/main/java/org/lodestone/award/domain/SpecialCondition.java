package org.lodestone.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/**
 * A special condition on an award (2 CFR 200.208): active from when it is imposed until the program
 * officer, satisfied by the recipient's cure, removes it.
 */
@Entity
@Table(name = "special_condition")
public class SpecialCondition {

  public static final int CURE_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "award_id")
  private Award award;

  private String number;

  @Enumerated(EnumType.STRING)
  private ConditionEffect effect;

  private String reason;
  private String cure;
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  private ConditionStatus status;

  @Column(name = "imposed_by")
  private String imposedBy;

  @Column(name = "imposed_at")
  private Instant imposedAt;

  @Column(name = "cure_explanation")
  private String cureExplanation;

  @Column(name = "cure_submitted_by")
  private String cureSubmittedBy;

  @Column(name = "cure_submitted_at")
  private Instant cureSubmittedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "missed_at")
  private Instant missedAt;

  @jakarta.persistence.ElementCollection(fetch = FetchType.EAGER)
  @jakarta.persistence.CollectionTable(
      name = "condition_cure_document",
      joinColumns = @JoinColumn(name = "condition_id"))
  @Column(name = "document_id")
  private java.util.Set<Long> cureDocumentIds = new java.util.TreeSet<>();

  @Version private long version;

  protected SpecialCondition() {}

  SpecialCondition(Award award, String number, ConditionTerms terms, String by, Instant at) {
    this.award = award;
    this.number = number;
    this.effect = terms.effect();
    this.reason = terms.reason();
    this.cure = terms.cure();
    this.deadline = terms.deadline();
    this.status = ConditionStatus.ACTIVE;
    this.imposedBy = by;
    this.imposedAt = at;
  }

  /** The recipient explains how it met the cure; the program officer then decides. */
  public void submitCure(
      String explanation, java.util.Collection<Long> documentIds, String by, Instant at) {
    if (status != ConditionStatus.ACTIVE) {
      throw new StateConflictException(
          "condition " + number + " is " + status + ": a cure can be submitted only while active");
    }
    if (explanation == null || explanation.isBlank()) {
      throw new RuleViolationException("explanation", "is required: say how the cure was met");
    }
    if (explanation.length() > CURE_MAX) {
      throw new RuleViolationException(
          "explanation", "must be at most " + CURE_MAX + " characters");
    }
    this.cureExplanation = explanation.strip();
    this.cureDocumentIds.addAll(documentIds);
    this.cureSubmittedBy = by;
    this.cureSubmittedAt = at;
    this.status = ConditionStatus.CURE_SUBMITTED;
  }

  /** The program officer removes the condition, or keeps it (the recipient may cure again). */
  public void decideCure(boolean remove, String why, String by) {
    if (status != ConditionStatus.CURE_SUBMITTED) {
      throw new StateConflictException(
          "condition " + number + " is " + status + ": there is no cure to review");
    }
    if (why == null || why.isBlank()) {
      throw new RuleViolationException("reason", "is required: say why");
    }
    if (why.length() > ConditionTerms.TEXT_MAX) {
      throw new RuleViolationException(
          "reason", "must be at most " + ConditionTerms.TEXT_MAX + " characters");
    }
    this.decisionReason = why.strip();
    this.decidedBy = by;
    this.status = remove ? ConditionStatus.REMOVED : ConditionStatus.ACTIVE;
  }

  /** The deadline passed without an accepted cure. */
  public void markMissed(Instant at) {
    if (status != ConditionStatus.REMOVED) {
      this.missedAt = at;
    }
  }

  /** The program officer gives the recipient more time. */
  public void extend(LocalDate newDeadline, String why, LocalDate today) {
    if (status == ConditionStatus.REMOVED) {
      throw new StateConflictException("condition " + number + " was removed");
    }
    if (newDeadline == null || !newDeadline.isAfter(today) || !newDeadline.isAfter(deadline)) {
      throw new RuleViolationException(
          "deadline", "must be after today and after the current deadline, " + deadline);
    }
    if (why == null || why.isBlank() || why.length() > ConditionTerms.TEXT_MAX) {
      throw new RuleViolationException(
          "reason", "is required, at most " + ConditionTerms.TEXT_MAX + " characters");
    }
    this.deadline = newDeadline;
    this.decisionReason = why.strip();
    this.missedAt = null;
  }

  public boolean active() {
    return status != ConditionStatus.REMOVED;
  }

  public Long id() {
    return id;
  }

  public Award award() {
    return award;
  }

  public String number() {
    return number;
  }

  public ConditionEffect effect() {
    return effect;
  }

  public String reason() {
    return reason;
  }

  public String cure() {
    return cure;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public ConditionStatus status() {
    return status;
  }

  public String imposedBy() {
    return imposedBy;
  }

  public Instant imposedAt() {
    return imposedAt;
  }

  /** The documents every cure submitted so far rests on. */
  public java.util.Set<Long> cureDocumentIds() {
    return java.util.Set.copyOf(cureDocumentIds);
  }

  public String cureExplanation() {
    return cureExplanation;
  }

  public Instant cureSubmittedAt() {
    return cureSubmittedAt;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public Instant missedAt() {
    return missedAt;
  }
}
