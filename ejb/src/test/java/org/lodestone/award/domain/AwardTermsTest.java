package org.lodestone.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.Money;
import org.lodestone.shared.Violation;

/** The rules negotiated terms must meet before the selecting official may sign them. */
class AwardTermsTest {

  private static final BigDecimal MIN_COST_SHARE = new BigDecimal("50");
  private static final Money FUNDS = Money.of("100000000");
  private static final LocalDate START = LocalDate.parse("2027-07-01");
  private static final LocalDate END = LocalDate.parse("2030-06-30");
  private static final java.util.Set<Long> PERMITS = java.util.Set.of(7L, 8L);

  private static BudgetPeriodTerms period(int n, String start, String end, String amount) {
    return new BudgetPeriodTerms(n, LocalDate.parse(start), LocalDate.parse(end), Money.of(amount));
  }

  private static MilestoneTerms milestone(int period, String due, String amount) {
    return new MilestoneTerms(
        null,
        "Pilot plant commissioned",
        "Commissioning report",
        period,
        LocalDate.parse(due),
        Money.of(amount),
        List.of(),
        true);
  }

  private static AwardTerms terms(
      String obligated, List<BudgetPeriodTerms> periods, List<MilestoneTerms> milestones) {
    return new AwardTerms(
        Money.of(obligated),
        new BigDecimal("50"),
        START,
        END,
        PaymentMethod.REIMBURSEMENT,
        Money.of("5000000"),
        periods,
        milestones);
  }

  private static final List<BudgetPeriodTerms> TWO_PERIODS =
      List.of(
          period(1, "2027-07-01", "2028-12-31", "10000000"),
          period(2, "2029-01-01", "2030-06-30", "15000000"));

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void termsThatTileTheirPeriodAndAddUpBreakNoRule() {
    AwardTerms t =
        terms(
            "25000000",
            TWO_PERIODS,
            List.of(milestone(1, "2028-06-30", "6000000"), milestone(2, "2030-03-31", "15000000")));

    assertThat(t.violations(MIN_COST_SHARE, FUNDS, PERMITS)).isEmpty();
  }

  @Test
  void aGapBetweenBudgetPeriodsAndASumOtherThanTheObligationAreBothNamed() {
    AwardTerms t =
        terms(
            "25000000",
            List.of(
                period(1, "2027-07-01", "2028-12-31", "10000000"),
                period(2, "2029-02-01", "2030-06-30", "14000000")),
            List.of());

    List<Violation> v = t.violations(MIN_COST_SHARE, FUNDS, PERMITS);

    assertThat(fields(v)).containsExactlyInAnyOrder("budgetPeriods[1].start", "budgetPeriods");
    assertThat(v.get(0).message() + v.get(1).message())
        .contains("2029-01-01", "$24,000,000.00", "$25,000,000.00");
  }

  @Test
  void budgetPeriodsMustStartAndEndWithThePeriodOfPerformance() {
    AwardTerms t =
        terms(
            "25000000",
            List.of(
                period(1, "2027-08-01", "2028-12-31", "10000000"),
                period(2, "2029-01-01", "2030-05-31", "15000000")),
            List.of());

    assertThat(fields(t.violations(MIN_COST_SHARE, FUNDS, PERMITS)))
        .containsExactlyInAnyOrder("budgetPeriods[0].start", "budgetPeriods[1].end");
  }

  @Test
  void milestonesFallInsideTheirPeriodAndStayWithinItsAmount() {
    AwardTerms t =
        terms(
            "25000000",
            TWO_PERIODS,
            List.of(
                milestone(1, "2029-03-01", "6000000"),
                milestone(1, "2028-01-31", "6000000"),
                milestone(3, "2030-01-01", "1000000")));

    List<Violation> v = t.violations(MIN_COST_SHARE, FUNDS, PERMITS);

    assertThat(fields(v))
        .containsExactlyInAnyOrder(
            "milestones[0].dueDate", "milestones[2].budgetPeriod", "milestones");
    assertThat(v.stream().filter(x -> x.field().equals("milestones")).findFirst().orElseThrow())
        .extracting(Violation::message)
        .asString()
        .contains("$12,000,000.00", "$10,000,000.00");
  }

  @Test
  void costShareBelowTheMinimumAndAnObligationBeyondTheFundsAreRefused() {
    AwardTerms t =
        new AwardTerms(
            Money.of("25000000"),
            new BigDecimal("40"),
            START,
            END,
            PaymentMethod.ADVANCE,
            null,
            TWO_PERIODS,
            List.of());

    List<Violation> v = t.violations(MIN_COST_SHARE, Money.of("20000000"), PERMITS);

    assertThat(fields(v)).containsExactlyInAnyOrder("costSharePercent", "obligatedAmount");
    assertThat(v.get(0).message() + v.get(1).message())
        .contains("50%", "$20,000,000.00", "$5,000,000.00");
  }

  @Test
  void missingTermsAreListedTogether() {
    AwardTerms t = new AwardTerms(null, null, null, null, null, null, null, null);

    assertThat(fields(t.violations(MIN_COST_SHARE, FUNDS, PERMITS)))
        .containsExactlyInAnyOrder(
            "obligatedAmount",
            "costSharePercent",
            "periodOfPerformance",
            "paymentMethod",
            "budgetPeriods");
  }

  @Test
  void aMilestoneMayOnlyWaitForPermitsOfThisProjectsTimetable() {
    MilestoneTerms waits =
        new MilestoneTerms(
            null,
            "Mine commissioned",
            null,
            1,
            LocalDate.parse("2028-06-30"),
            Money.of("1000000"),
            List.of(7L, 99L),
            false);
    List<Violation> v =
        terms("25000000", TWO_PERIODS, List.of(waits)).violations(MIN_COST_SHARE, FUNDS, PERMITS);
    assertThat(v).extracting(Violation::field).containsExactly("milestones[0].permitIds");
    assertThat(v.get(0).message()).contains("permit 99");
  }
}
