package org.lodestone.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;

/** Each entry carries the award's balances; disbursed never exceeds obligated. */
class LedgerEntryTest {

  private static final Instant AT = Instant.parse("2027-06-01T12:00:00Z");

  private static LedgerEntry next(LedgerEntry previous, LedgerEntryType type, String amount) {
    return LedgerEntry.after(previous, type, Money.of(amount), 1, 2, null, "REF", "fiona", AT);
  }

  @Test
  void balancesFollowEveryEntry() {
    LedgerEntry obligation = next(null, LedgerEntryType.OBLIGATION, "25000000");
    LedgerEntry paid = next(obligation, LedgerEntryType.DISBURSEMENT, "6000000");
    LedgerEntry recovered = next(paid, LedgerEntryType.RECOVERY, "1000000");
    LedgerEntry less = next(recovered, LedgerEntryType.DEOBLIGATION, "4000000");
    assertThat(less.obligatedAfter()).isEqualTo(Money.of("21000000"));
    assertThat(less.disbursedAfter()).isEqualTo(Money.of("5000000"));
  }

  @Test
  void disbursedNeverExceedsObligatedAndNothingMovesZero() {
    LedgerEntry obligation = next(null, LedgerEntryType.OBLIGATION, "1000000");
    assertThatThrownBy(() -> next(obligation, LedgerEntryType.DISBURSEMENT, "1000000.01"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("exceed obligated $1,000,000.00");
    LedgerEntry paid = next(obligation, LedgerEntryType.DISBURSEMENT, "600000");
    assertThatThrownBy(() -> next(paid, LedgerEntryType.DEOBLIGATION, "500000"))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> next(paid, LedgerEntryType.OBLIGATION, "0"))
        .isInstanceOf(RuleViolationException.class);
  }
}
