package org.lodestone.disbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.award.domain.BudgetPeriodStatus;
import org.lodestone.award.domain.MilestoneStatus;
import org.lodestone.award.domain.PaymentMethod;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.shared.Money;

/** Each check of a draw on its own, and several failing at once. */
class PaymentChecksTest {

  static final Certifications ALL = new Certifications(true, true, true, true);

  /** An award in good standing: $10M obligated, $2M committed, 50% cost share met so far. */
  static PaymentChecks.Facts facts() {
    return new PaymentChecks.Facts(
        "AWD-2027-000001",
        AwardStatus.ACTIVE,
        PaymentMethod.REIMBURSEMENT,
        new PaymentChecks.PeriodFacts(
            1, BudgetPeriodStatus.AUTHORIZED, Money.of("6000000"), Money.of("2000000")),
        null,
        new PaymentChecks.MilestoneFacts(
            "Pilot plant", MilestoneStatus.ACCEPTED, Money.of("1000000"), List.of(), null),
        List.of(),
        Money.of("10000000"),
        Money.of("2000000"),
        Money.of("2000000"),
        Money.of("2000000"),
        new BigDecimal("50"),
        null,
        Money.ZERO,
        false,
        true,
        List.of(),
        false);
  }

  static PaymentClaim milestone(String amount, String costShare) {
    return new PaymentClaim(
        PaymentType.MILESTONE,
        5L,
        Money.of(amount),
        null,
        null,
        List.of(),
        Money.of(costShare),
        Money.ZERO,
        Set.of(9L),
        ALL);
  }

  static List<String> failing(PaymentClaim claim, PaymentChecks.Facts f) {
    return PaymentChecks.of(claim, claim.amount(), f).stream()
        .filter(c -> !c.passed())
        .map(Check::rule)
        .toList();
  }

  static PaymentChecks.Facts with(java.util.function.UnaryOperator<Object[]> change) {
    PaymentChecks.Facts f = facts();
    Object[] a = {
      f.awardNumber(),
      f.awardStatus(),
      f.paymentMethod(),
      f.period(),
      f.withholdingCondition(),
      f.milestone(),
      f.activeHolds(),
      f.obligated(),
      f.committed(),
      f.federalSoFar(),
      f.costShareSoFar(),
      f.costSharePercent(),
      f.maximumMonthlyDraw(),
      f.drawnThisMonth(),
      f.reimbursementOnly(),
      f.organizationClear(),
      f.unacceptableDocuments(),
      f.payrollEvidence()
    };
    a = change.apply(a);
    @SuppressWarnings("unchecked")
    PaymentChecks.Facts changed =
        new PaymentChecks.Facts(
            (String) a[0],
            (AwardStatus) a[1],
            (PaymentMethod) a[2],
            (PaymentChecks.PeriodFacts) a[3],
            (String) a[4],
            (PaymentChecks.MilestoneFacts) a[5],
            (List<String>) a[6],
            (Money) a[7],
            (Money) a[8],
            (Money) a[9],
            (Money) a[10],
            (BigDecimal) a[11],
            (Money) a[12],
            (Money) a[13],
            (Boolean) a[14],
            (Boolean) a[15],
            (List<Long>) a[16],
            (Boolean) a[17]);
    return changed;
  }

  static PaymentChecks.Facts set(int index, Object value) {
    return with(
        a -> {
          a[index] = value;
          return a;
        });
  }

  @Test
  void anAcceptedMilestoneWithItsCostShareInAnAwardInGoodStandingPassesEveryCheck() {
    assertThat(failing(milestone("1000000", "1000000"), facts())).isEmpty();
    assertThat(PaymentChecks.of(milestone("1000000", "1000000"), Money.of("1000000"), facts()))
        .extracting(Check::rule)
        .contains(
            PaymentChecks.AWARD_ACTIVE,
            PaymentChecks.BUDGET_PERIOD_AUTHORIZED,
            PaymentChecks.MILESTONE_ACCEPTED,
            PaymentChecks.PERMITS_COMPLETE,
            PaymentChecks.NO_HOLD,
            PaymentChecks.WITHIN_OBLIGATION,
            PaymentChecks.WITHIN_BUDGET_PERIOD,
            PaymentChecks.COST_SHARE_RATIO,
            PaymentChecks.FEOC,
            PaymentChecks.COSTS_ALLOWABLE,
            PaymentChecks.EVIDENCE);
  }

  @Test
  void aSuspendedAwardIsNotPaid() {
    assertThat(failing(milestone("1000000", "1000000"), set(1, AwardStatus.SUSPENDED)))
        .containsExactly(PaymentChecks.AWARD_ACTIVE);
  }

  @Test
  void anAwardInCloseoutStillPaysItsCostsButAClosedOneDoesNot() {
    assertThat(failing(milestone("1000000", "1000000"), set(1, AwardStatus.CLOSING))).isEmpty();
    assertThat(failing(milestone("1000000", "1000000"), set(1, AwardStatus.CLOSED)))
        .containsExactly(PaymentChecks.AWARD_ACTIVE);
  }

  @Test
  void aPeriodWithoutItsGoIsNotPaidAndTheWithholdingConditionIsNamed() {
    PaymentChecks.Facts f =
        with(
            a -> {
              a[3] =
                  new PaymentChecks.PeriodFacts(
                      2, BudgetPeriodStatus.PENDING, Money.of("4000000"), Money.ZERO);
              a[4] = "SC-2027-000004";
              return a;
            });
    List<Check> checks = PaymentChecks.of(milestone("1000000", "1000000"), Money.of("1000000"), f);
    Check period =
        checks.stream()
            .filter(c -> c.rule().equals(PaymentChecks.BUDGET_PERIOD_AUTHORIZED))
            .findFirst()
            .orElseThrow();
    assertThat(period.passed()).isFalse();
    assertThat(period.detail()).contains("no GO yet", "SC-2027-000004");
  }

  @Test
  void aMilestoneNotAcceptedAlreadyPaidOrAlreadyRequestedIsRefused() {
    for (MilestoneStatus s :
        List.of(
            MilestoneStatus.PLANNED,
            MilestoneStatus.REPORTED,
            MilestoneStatus.CERTIFIED,
            MilestoneStatus.RETURNED,
            MilestoneStatus.PAID)) {
      assertThat(
              failing(
                  milestone("1000000", "1000000"),
                  set(
                      5,
                      new PaymentChecks.MilestoneFacts(
                          "Pilot plant", s, Money.of("1000000"), List.of(), null))))
          .as(s.name())
          .containsExactly(PaymentChecks.MILESTONE_ACCEPTED);
    }
    assertThat(
            failing(
                milestone("1000000", "1000000"),
                set(
                    5,
                    new PaymentChecks.MilestoneFacts(
                        "Pilot plant",
                        MilestoneStatus.ACCEPTED,
                        Money.of("1000000"),
                        List.of(),
                        "PR-2027-000002"))))
        .containsExactly(PaymentChecks.MILESTONE_ACCEPTED);
    assertThat(failing(milestone("1000000.01", "1000000.01"), facts()))
        .containsExactly(PaymentChecks.MILESTONE_ACCEPTED);
  }

  @Test
  void aPendingPermitBlocksTheMilestonesPayment() {
    List<Check> checks =
        PaymentChecks.of(
            milestone("1000000", "1000000"),
            Money.of("1000000"),
            set(
                5,
                new PaymentChecks.MilestoneFacts(
                    "Pilot plant",
                    MilestoneStatus.ACCEPTED,
                    Money.of("1000000"),
                    List.of("Water right (in progress)"),
                    null)));
    assertThat(checks)
        .filteredOn(c -> !c.passed())
        .extracting(Check::rule, Check::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                PaymentChecks.PERMITS_COMPLETE, "permit pending: Water right (in progress)"));
  }

  @Test
  void aHoldIsNamedWithItsReason() {
    assertThat(
            PaymentChecks.of(
                    milestone("1000000", "1000000"),
                    Money.of("1000000"),
                    set(6, List.of("Single audit finding open")))
                .stream()
                .filter(c -> !c.passed())
                .map(Check::detail))
        .containsExactly("the award is on hold: Single audit finding open");
  }

  @Test
  void theObligationAndTheBudgetPeriodRemaindersAreCountedToTheCent() {
    // $8M left of the obligation, $4M left of the period
    PaymentChecks.Facts f = set(5, null);
    PaymentClaim exact = reimbursement("4000000.00", "4000000.00");
    assertThat(failing(exact, f)).isEmpty();
    PaymentClaim over = reimbursement("4000000.01", "4000000.01");
    assertThat(failing(over, f)).containsExactly(PaymentChecks.WITHIN_BUDGET_PERIOD);
    PaymentChecks.Facts nearlySpent = set(8, Money.of("9999999.99"));
    assertThat(failing(reimbursement("0.02", "0.02"), nearlySpent))
        .containsExactly(PaymentChecks.WITHIN_OBLIGATION);
  }

  static PaymentClaim reimbursement(String amount, String costShare) {
    return new PaymentClaim(
        PaymentType.REIMBURSEMENT,
        null,
        Money.of(amount),
        LocalDate.parse("2027-04-01"),
        LocalDate.parse("2027-04-30"),
        List.of(new CostLine(BudgetCategory.PERSONNEL, Money.of(amount))),
        Money.of(costShare),
        Money.ZERO,
        Set.of(9L),
        ALL);
  }

  @Test
  void theFederalShareStaysWithinTheCostShareRatioAfterTheDraw() {
    // so far $2M federal and $2M cost share: exactly 50%
    assertThat(failing(reimbursement("100000", "100000"), facts())).isEmpty();
    assertThat(failing(reimbursement("100000", "99999.99"), facts()))
        .containsExactly(PaymentChecks.COST_SHARE_RATIO);
    Check check =
        PaymentChecks.of(reimbursement("100000", "0"), Money.of("100000"), facts()).stream()
            .filter(c -> c.rule().equals(PaymentChecks.COST_SHARE_RATIO))
            .findFirst()
            .orElseThrow();
    assertThat(check.detail()).contains("48.78%", "at least 50%");
  }

  @Test
  void theMonthlyMaximumCountsWhatWasDrawnThisMonth() {
    PaymentChecks.Facts f =
        with(
            a -> {
              a[12] = Money.of("1500000");
              a[13] = Money.of("1000000");
              return a;
            });
    assertThat(failing(reimbursement("500000", "500000"), f)).isEmpty();
    assertThat(failing(reimbursement("500000.01", "500000.01"), f))
        .containsExactly(PaymentChecks.MONTHLY_MAXIMUM);
  }

  @Test
  void anAdvanceNeedsAdvanceTermsAndNoReimbursementOnlyCondition() {
    PaymentClaim advance =
        new PaymentClaim(
            PaymentType.ADVANCE,
            null,
            Money.of("100000"),
            null,
            null,
            List.of(),
            Money.of("100000"),
            null,
            Set.of(9L),
            ALL);
    assertThat(failing(advance, facts())).containsExactly(PaymentChecks.ADVANCE_ALLOWED);
    assertThat(failing(advance, set(2, PaymentMethod.ADVANCE))).isEmpty();
    PaymentChecks.Facts conditioned =
        with(
            a -> {
              a[2] = PaymentMethod.ADVANCE;
              a[14] = true;
              return a;
            });
    assertThat(
            PaymentChecks.of(advance, advance.amount(), conditioned).stream()
                .filter(c -> !c.passed())
                .map(Check::detail))
        .containsExactly("a special condition makes the award reimbursement-only: no advances");
  }

  @Test
  void certificationsAreRenewedAtEveryDraw() {
    PaymentClaim base = reimbursement("100000", "100000");
    PaymentClaim uncertified =
        new PaymentClaim(
            base.type(),
            null,
            base.amount(),
            base.periodStart(),
            base.periodEnd(),
            List.of(
                new CostLine(BudgetCategory.CONSTRUCTION, Money.of("60000")),
                new CostLine(BudgetCategory.PERSONNEL, Money.of("40000"))),
            base.costShareCash(),
            null,
            base.documentIds(),
            new Certifications(false, false, false, false));
    assertThat(failing(uncertified, facts()))
        .containsExactly(
            PaymentChecks.FEOC,
            PaymentChecks.COSTS_ALLOWABLE,
            PaymentChecks.BUY_AMERICA,
            PaymentChecks.DAVIS_BACON);
    PaymentClaim certifiedWithoutPayrolls =
        new PaymentClaim(
            base.type(),
            null,
            base.amount(),
            base.periodStart(),
            base.periodEnd(),
            uncertified.costs(),
            base.costShareCash(),
            null,
            base.documentIds(),
            ALL);
    assertThat(failing(certifiedWithoutPayrolls, facts()))
        .containsExactly(PaymentChecks.DAVIS_BACON);
    assertThat(failing(certifiedWithoutPayrolls, set(17, true))).isEmpty();
    assertThat(failing(base, set(15, false))).containsExactly(PaymentChecks.FEOC);
  }

  @Test
  void evidenceMustBeTheAwardsDocumentsOfAnAcceptedKind() {
    assertThat(failing(reimbursement("100000", "100000"), set(16, List.of(9L))))
        .containsExactly(PaymentChecks.EVIDENCE);
  }

  @Test
  void severalFailingChecksAreReportedTogether() {
    PaymentChecks.Facts f =
        with(
            a -> {
              a[1] = AwardStatus.SUSPENDED;
              a[6] = List.of("Audit");
              a[15] = false;
              return a;
            });
    assertThat(failing(milestone("1000000", "0"), f))
        .containsExactly(
            PaymentChecks.AWARD_ACTIVE,
            PaymentChecks.NO_HOLD,
            PaymentChecks.COST_SHARE_RATIO,
            PaymentChecks.FEOC);
  }
}
