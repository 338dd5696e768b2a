package org.lodestone.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.reporting.domain.FinancialReport.Draw;
import org.lodestone.reporting.domain.FinancialReport.Entry;
import org.lodestone.shared.Money;

/** SF-425 lines against a ledger computed by hand. */
class FinancialReportTest {

  private static final Instant CUTOFF = Instant.parse("2027-04-01T04:00:00Z");
  private static final Instant IN = Instant.parse("2027-02-15T15:00:00Z");
  private static final Instant AFTER = Instant.parse("2027-04-02T15:00:00Z");

  private static Money m(String amount) {
    return Money.of(amount);
  }

  @Test
  void linesFollowTheLedgerWithARecoveryAReducedDrawAnAdvanceAndADeobligation() {
    List<Entry> ledger =
        List.of(
            new Entry("OBLIGATION", m("10000000.00"), IN, false),
            // a milestone asked for 2,500,000.00, approved reduced to 2,000,000.00: the ledger
            // holds
            // what was released
            new Entry("DISBURSEMENT", m("2000000.00"), IN, false),
            new Entry("DISBURSEMENT", m("500000.00"), IN, true),
            new Entry("RECOVERY", m("150000.00"), IN, false),
            new Entry("DEOBLIGATION", m("1000000.00"), IN, false),
            // after the period: left out
            new Entry("DISBURSEMENT", m("700000.00"), AFTER, false));
    List<Draw> draws =
        List.of(
            new Draw(m("1500000.00"), IN),
            new Draw(m("400000.00"), IN),
            new Draw(m("900000.00"), AFTER));

    FinancialReport r =
        FinancialReport.of(
            LocalDate.of(2027, 3, 31),
            CUTOFF,
            ledger,
            draws,
            m("300000.00"),
            new BigDecimal("50.00"));

    // 10a: 2,000,000 + 500,000 - 150,000
    assertThat(r.federalCashReceipts()).isEqualTo(m("2350000.00"));
    // 10b: receipts less the advance still on hand
    assertThat(r.federalCashDisbursements()).isEqualTo(m("1850000.00"));
    assertThat(r.federalCashOnHand()).isEqualTo(m("500000.00"));
    // 10d: 10,000,000 - 1,000,000
    assertThat(r.totalFederalFundsAuthorized()).isEqualTo(m("9000000.00"));
    assertThat(r.federalShareOfExpenditures()).isEqualTo(m("1850000.00"));
    assertThat(r.federalShareOfUnliquidatedObligations()).isEqualTo(m("300000.00"));
    assertThat(r.totalFederalShare()).isEqualTo(m("2150000.00"));
    assertThat(r.unobligatedBalanceOfFederalFunds()).isEqualTo(m("6850000.00"));
    // 50% of the project: the recipient matches the federal 9,000,000 dollar for dollar
    assertThat(r.totalRecipientShareRequired()).isEqualTo(m("9000000.00"));
    assertThat(r.recipientShareOfExpenditures()).isEqualTo(m("1900000.00"));
    assertThat(r.remainingRecipientShareToBeProvided()).isEqualTo(m("7100000.00"));
  }

  @Test
  void theRequiredShareFollowsThePercentageOfTheTotalProjectAndNeverGoesBelowZero() {
    FinancialReport r =
        FinancialReport.of(
            LocalDate.of(2027, 3, 31),
            CUTOFF,
            List.of(new Entry("OBLIGATION", m("8000000.00"), IN, false)),
            List.of(new Draw(m("2500000.00"), IN)),
            Money.ZERO,
            new BigDecimal("20.00"));

    // 8,000,000 x 20 / 80
    assertThat(r.totalRecipientShareRequired()).isEqualTo(m("2000000.00"));
    assertThat(r.remainingRecipientShareToBeProvided()).isEqualTo(Money.ZERO);
    assertThat(r.federalCashReceipts()).isEqualTo(Money.ZERO);
    assertThat(r.unobligatedBalanceOfFederalFunds()).isEqualTo(m("8000000.00"));
  }

  @Test
  void anEntryAtTheCutoffBelongsToTheNextPeriod() {
    FinancialReport r =
        FinancialReport.of(
            LocalDate.of(2027, 3, 31),
            CUTOFF,
            List.of(
                new Entry("OBLIGATION", m("100.00"), IN, false),
                new Entry("DISBURSEMENT", m("40.00"), CUTOFF, false)),
            List.of(),
            Money.ZERO,
            new BigDecimal("50"));

    assertThat(r.federalCashReceipts()).isEqualTo(Money.ZERO);
  }
}
