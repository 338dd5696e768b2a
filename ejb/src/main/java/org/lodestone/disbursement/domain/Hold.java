package org.lodestone.disbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/** A program officer's hold on an award's payments: while it is active nothing is released. */
@Entity
@Table(name = "payment_hold")
public class Hold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "award_id")
  private long awardId;

  private String reason;

  @Column(name = "placed_by")
  private String placedBy;

  @Column(name = "placed_at")
  private Instant placedAt;

  @Column(name = "lift_reason")
  private String liftReason;

  @Column(name = "lifted_by")
  private String liftedBy;

  @Column(name = "lifted_at")
  private Instant liftedAt;

  @Version private long version;

  protected Hold() {}

  public Hold(long awardId, String reason, String by, Instant at) {
    this.awardId = awardId;
    this.reason = required(reason, "say why the award's payments are held");
    this.placedBy = by;
    this.placedAt = at;
  }

  public void lift(String reason, String by, Instant at) {
    if (!active()) {
      throw new StateConflictException("hold " + id + " was already lifted");
    }
    this.liftReason = required(reason, "say why the hold is lifted");
    this.liftedBy = by;
    this.liftedAt = at;
  }

  private static String required(String text, String hint) {
    if (text == null || text.isBlank()) {
      throw new RuleViolationException("reason", "is required: " + hint);
    }
    if (text.length() > PaymentRequest.TEXT_MAX) {
      throw new RuleViolationException(
          "reason", "must be at most " + PaymentRequest.TEXT_MAX + " characters");
    }
    return text.strip();
  }

  public boolean active() {
    return liftedAt == null;
  }

  public Long id() {
    return id;
  }

  public long awardId() {
    return awardId;
  }

  public String reason() {
    return reason;
  }

  public String placedBy() {
    return placedBy;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public String liftReason() {
    return liftReason;
  }

  public String liftedBy() {
    return liftedBy;
  }

  public Instant liftedAt() {
    return liftedAt;
  }
}
