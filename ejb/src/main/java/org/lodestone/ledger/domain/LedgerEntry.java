package org.lodestone.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;

/**
 * One movement of money on an award, never changed once written, with the award's balances after
 * it. Disbursed never exceeds obligated, and neither goes below zero.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant at;

  @Enumerated(EnumType.STRING)
  private LedgerEntryType type;

  private Money amount;

  @Column(name = "award_id")
  private long awardId;

  @Column(name = "opportunity_id")
  private long opportunityId;

  @Column(name = "payment_request_id")
  private Long paymentRequestId;

  private String reference;

  @Column(name = "obligated_after")
  private Money obligatedAfter;

  @Column(name = "disbursed_after")
  private Money disbursedAfter;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected LedgerEntry() {}

  /** The entry that follows {@code previous} (null for an award's first). */
  public static LedgerEntry after(
      LedgerEntry previous,
      LedgerEntryType type,
      Money amount,
      long awardId,
      long opportunityId,
      Long paymentRequestId,
      String reference,
      String by,
      Instant at) {
    if (amount == null || amount.signum() <= 0) {
      throw new RuleViolationException("amount", "a ledger entry moves more than zero");
    }
    Money obligated = previous == null ? Money.ZERO : previous.obligatedAfter;
    Money disbursed = previous == null ? Money.ZERO : previous.disbursedAfter;
    switch (type) {
      case OBLIGATION -> obligated = obligated.plus(amount);
      case DEOBLIGATION -> obligated = obligated.minus(amount);
      case DISBURSEMENT -> disbursed = disbursed.plus(amount);
      case RECOVERY -> disbursed = disbursed.minus(amount);
    }
    if (disbursed.exceeds(obligated)) {
      throw new RuleViolationException(
          "amount",
          "would make disbursed "
              + disbursed.formatted()
              + " exceed obligated "
              + obligated.formatted());
    }
    if (obligated.isNegative() || disbursed.isNegative()) {
      throw new RuleViolationException("amount", "would take a balance below zero");
    }
    LedgerEntry e = new LedgerEntry();
    e.at = at;
    e.type = type;
    e.amount = amount;
    e.awardId = awardId;
    e.opportunityId = opportunityId;
    e.paymentRequestId = paymentRequestId;
    e.reference = reference;
    e.obligatedAfter = obligated;
    e.disbursedAfter = disbursed;
    e.recordedBy = by;
    return e;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public LedgerEntryType type() {
    return type;
  }

  public Money amount() {
    return amount;
  }

  public long awardId() {
    return awardId;
  }

  public long opportunityId() {
    return opportunityId;
  }

  public Long paymentRequestId() {
    return paymentRequestId;
  }

  public String reference() {
    return reference;
  }

  public Money obligatedAfter() {
    return obligatedAfter;
  }

  public Money disbursedAfter() {
    return disbursedAfter;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
