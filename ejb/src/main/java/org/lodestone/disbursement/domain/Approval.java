package org.lodestone.disbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.lodestone.shared.Money;

/**
 * One decision on a payment request: the step, who took it, the answer, the amount it approved and
 * why. {@code round} counts the request's submissions, so a resubmission is approved afresh.
 */
@Embeddable
public class Approval {

  private int round;

  @Enumerated(EnumType.STRING)
  private ApprovalStep step;

  private String actor;

  @Enumerated(EnumType.STRING)
  private PaymentDecision decision;

  private Money amount;

  private String reason;

  @Column(name = "decided_at")
  private Instant at;

  protected Approval() {}

  Approval(
      int round,
      ApprovalStep step,
      String actor,
      PaymentDecision decision,
      Money amount,
      String reason,
      Instant at) {
    this.round = round;
    this.step = step;
    this.actor = actor;
    this.decision = decision;
    this.amount = amount;
    this.reason = reason;
    this.at = at;
  }

  public int round() {
    return round;
  }

  public ApprovalStep step() {
    return step;
  }

  public String actor() {
    return actor;
  }

  public PaymentDecision decision() {
    return decision;
  }

  public Money amount() {
    return amount;
  }

  public String reason() {
    return reason;
  }

  public Instant at() {
    return at;
  }
}
