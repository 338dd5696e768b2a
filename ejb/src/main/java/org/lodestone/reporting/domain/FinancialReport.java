package org.lodestone.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestone.shared.Money;

/**
 * The SF-425 (Federal Financial Report) lines 10a-10k of one award, as of the end of a reporting
 * period, computed from the ledger and the payment requests, never typed in.
 *
 * <p>Federal cash the recipient received (10a) is what the ledger disbursed less what it recovered;
 * money paid against a milestone or as reimbursement was spent before it was paid, so it is also
 * disbursed by the recipient (10b), and only advances are cash on hand (10c). Authorized funds
 * (10d) are the obligations less de-obligations. Unliquidated obligations (10f) are requests
 * approved but not yet released. The recipient's required share (10i) follows from the award's
 * cost-share percentage of the total project: federal × p / (100 − p).
 */
public record FinancialReport(
    LocalDate periodEnd,
    Money federalCashReceipts,
    Money federalCashDisbursements,
    Money federalCashOnHand,
    Money totalFederalFundsAuthorized,
    Money federalShareOfExpenditures,
    Money federalShareOfUnliquidatedObligations,
    Money totalFederalShare,
    Money unobligatedBalanceOfFederalFunds,
    Money totalRecipientShareRequired,
    Money recipientShareOfExpenditures,
    Money remainingRecipientShareToBeProvided) {

  /**
   * One line of the form: its number, its label, its amount, and whether it is a computed total.
   */
  public record Line(String number, String label, Money amount, boolean total) {}

  /** The lines in the form's order, as the page and the PDF show them. */
  public List<Line> lines() {
    return List.of(
        new Line("10a", "Cash receipts", federalCashReceipts, false),
        new Line("10b", "Cash disbursements", federalCashDisbursements, false),
        new Line("10c", "Cash on hand (a - b)", federalCashOnHand, true),
        new Line("10d", "Total federal funds authorized", totalFederalFundsAuthorized, false),
        new Line("10e", "Federal share of expenditures", federalShareOfExpenditures, false),
        new Line(
            "10f",
            "Federal share of unliquidated obligations",
            federalShareOfUnliquidatedObligations,
            false),
        new Line("10g", "Total federal share (e + f)", totalFederalShare, true),
        new Line(
            "10h",
            "Unobligated balance of federal funds (d - g)",
            unobligatedBalanceOfFederalFunds,
            true),
        new Line("10i", "Total recipient share required", totalRecipientShareRequired, false),
        new Line("10j", "Recipient share of expenditures", recipientShareOfExpenditures, false),
        new Line(
            "10k",
            "Remaining recipient share to be provided (i - j)",
            remainingRecipientShareToBeProvided,
            true));
  }

  /** The non-federal share owed for {@code federal} at {@code percent} of the total project. */
  public static Money requiredRecipientShare(Money federal, BigDecimal percent) {
    return Money.of(
        federal
            .amount()
            .multiply(percent)
            .divide(BigDecimal.valueOf(100).subtract(percent), 2, RoundingMode.HALF_UP));
  }

  /** A ledger entry as the report reads it; {@code advance} when it paid an advance request. */
  public record Entry(String type, Money amount, Instant at, boolean advance) {}

  /** A released request's recipient share (cash and in kind) and when it was released. */
  public record Draw(Money recipientShare, Instant releasedAt) {}

  /**
   * @param cutoff the first instant after the period (the day after {@code periodEnd}, in the
   *     program's zone)
   * @param unliquidated federal amounts approved by the cutoff and not yet released
   */
  public static FinancialReport of(
      LocalDate periodEnd,
      Instant cutoff,
      List<Entry> ledger,
      List<Draw> draws,
      Money unliquidated,
      BigDecimal costSharePercent) {
    Money receipts = Money.ZERO;
    Money advances = Money.ZERO;
    Money authorized = Money.ZERO;
    for (Entry e : ledger) {
      if (!e.at().isBefore(cutoff)) {
        continue;
      }
      switch (e.type()) {
        case "OBLIGATION" -> authorized = authorized.plus(e.amount());
        case "DEOBLIGATION" -> authorized = authorized.minus(e.amount());
        case "DISBURSEMENT" -> {
          receipts = receipts.plus(e.amount());
          if (e.advance()) {
            advances = advances.plus(e.amount());
          }
        }
        case "RECOVERY" -> receipts = receipts.minus(e.amount());
        default -> throw new IllegalArgumentException("unknown ledger entry type " + e.type());
      }
    }
    Money disbursed = receipts.minus(advances);
    Money totalFederal = disbursed.plus(unliquidated);
    Money required = requiredRecipientShare(authorized, costSharePercent);
    Money recipientSpent =
        draws.stream()
            .filter(d -> d.releasedAt().isBefore(cutoff))
            .map(Draw::recipientShare)
            .reduce(Money.ZERO, Money::plus);
    Money remaining = required.minus(recipientSpent);
    return new FinancialReport(
        periodEnd,
        receipts,
        disbursed,
        receipts.minus(disbursed),
        authorized,
        disbursed,
        unliquidated,
        totalFederal,
        authorized.minus(totalFederal),
        required,
        recipientSpent,
        remaining.isNegative() ? Money.ZERO : remaining);
  }
}
