package org.lodestone.disbursement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.award.domain.BudgetPeriodStatus;
import org.lodestone.award.domain.MilestoneStatus;
import org.lodestone.award.domain.PaymentMethod;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.shared.Money;

/**
 * The rules every draw is checked against (DESIGN.md section 7), all at once, each named, with the
 * figures behind it. The facts are read by the service under the award's lock; amounts "committed"
 * are what is disbursed plus what other requests still on their way ask for.
 */
public final class PaymentChecks {

  public static final String AWARD_ACTIVE = "AWARD_ACTIVE";
  public static final String BUDGET_PERIOD_AUTHORIZED = "BUDGET_PERIOD_AUTHORIZED";
  public static final String MILESTONE_ACCEPTED = "MILESTONE_ACCEPTED";
  public static final String PERMITS_COMPLETE = "PERMITS_COMPLETE";
  public static final String NO_HOLD = "NO_HOLD";
  public static final String WITHIN_OBLIGATION = "WITHIN_OBLIGATION";
  public static final String WITHIN_BUDGET_PERIOD = "WITHIN_BUDGET_PERIOD";
  public static final String COST_SHARE_RATIO = "COST_SHARE_RATIO";
  public static final String MONTHLY_MAXIMUM = "MONTHLY_MAXIMUM";
  public static final String ADVANCE_ALLOWED = "ADVANCE_ALLOWED";
  public static final String FEOC = "FEOC";
  public static final String COSTS_ALLOWABLE = "COSTS_ALLOWABLE";
  public static final String BUY_AMERICA = "BUY_AMERICA";
  public static final String DAVIS_BACON = "DAVIS_BACON";
  public static final String EVIDENCE = "EVIDENCE";

  /** The milestone a request pays, as the checks need it. */
  public record MilestoneFacts(
      String title,
      MilestoneStatus status,
      Money amount,
      List<String> blockingPermits,
      String otherRequest) {}

  /** The budget period a request falls in, as the checks need it. */
  public record PeriodFacts(int number, BudgetPeriodStatus status, Money amount, Money committed) {}

  /**
   * Everything the checks read. {@code period} and {@code milestone} are null when the request
   * names none that the award has; {@code withholdingCondition} names an active WITHHOLD_NEXT_PHASE
   * condition; {@code unacceptableDocuments} the evidence ids that are not documents of the award
   * the program accepts as evidence.
   */
  public record Facts(
      String awardNumber,
      AwardStatus awardStatus,
      PaymentMethod paymentMethod,
      PeriodFacts period,
      String withholdingCondition,
      MilestoneFacts milestone,
      List<String> activeHolds,
      Money obligated,
      Money committed,
      Money federalSoFar,
      Money costShareSoFar,
      BigDecimal costSharePercent,
      Money maximumMonthlyDraw,
      Money drawnThisMonth,
      boolean reimbursementOnly,
      boolean organizationClear,
      List<Long> unacceptableDocuments,
      boolean payrollEvidence) {}

  private PaymentChecks() {}

  /** Every check that applies to {@code claim} (with {@code amount} as the amount now asked). */
  public static List<Check> of(PaymentClaim claim, Money amount, Facts f) {
    List<Check> checks = new ArrayList<>();
    checks.add(
        new Check(
            AWARD_ACTIVE,
            // in closeout the recipient still liquidates costs of the period (2 CFR 200.344(b))
            f.awardStatus() == AwardStatus.ACTIVE || f.awardStatus() == AwardStatus.CLOSING,
            "award " + f.awardNumber() + " is " + f.awardStatus().label().toLowerCase()));
    checks.add(period(f));
    if (claim.type() == PaymentType.MILESTONE) {
      checks.addAll(milestone(amount, f.milestone()));
    }
    checks.add(
        new Check(
            NO_HOLD,
            f.activeHolds().isEmpty(),
            f.activeHolds().isEmpty()
                ? "no hold on the award"
                : "the award is on hold: " + String.join("; ", f.activeHolds())));
    Money remaining = f.obligated().minus(f.committed());
    checks.add(
        new Check(
            WITHIN_OBLIGATION,
            !amount.exceeds(remaining),
            amount.formatted()
                + " against "
                + remaining.formatted()
                + " of the obligation not yet disbursed or requested"));
    if (f.period() != null) {
      Money left = f.period().amount().minus(f.period().committed());
      checks.add(
          new Check(
              WITHIN_BUDGET_PERIOD,
              !amount.exceeds(left),
              amount.formatted()
                  + " against "
                  + left.formatted()
                  + " left in budget period "
                  + f.period().number()));
    }
    checks.add(costShare(claim, amount, f));
    if (f.maximumMonthlyDraw() != null) {
      Money after = f.drawnThisMonth().plus(amount);
      checks.add(
          new Check(
              MONTHLY_MAXIMUM,
              !after.exceeds(f.maximumMonthlyDraw()),
              after.formatted()
                  + " drawn this month with this request, of a maximum of "
                  + f.maximumMonthlyDraw().formatted()));
    }
    if (claim.type() == PaymentType.ADVANCE) {
      boolean allowed = f.paymentMethod() == PaymentMethod.ADVANCE && !f.reimbursementOnly();
      checks.add(
          new Check(
              ADVANCE_ALLOWED,
              allowed,
              f.reimbursementOnly()
                  ? "a special condition makes the award reimbursement-only: no advances"
                  : f.paymentMethod() == PaymentMethod.ADVANCE
                      ? "the terms pay in advance"
                      : "the terms pay by reimbursement only"));
    }
    Certifications c = claim.certifications();
    boolean feoc = c.feocOwnershipUnchanged() && f.organizationClear();
    checks.add(
        new Check(
            FEOC,
            feoc,
            !c.feocOwnershipUnchanged()
                ? "ownership not certified unchanged: a changed ownership is declared in the"
                    + " organization's profile, which screens it again, before the next draw"
                : f.organizationClear()
                    ? "certified: no foreign entity of concern owns or controls the recipient"
                    : "the recipient's ownership makes it a foreign entity of concern"));
    checks.add(
        new Check(
            COSTS_ALLOWABLE,
            c.costsAllowable(),
            c.costsAllowable()
                ? "certified allowable under 2 CFR 200 subpart E"
                : "certify that the costs are allowable"));
    if (claim.has(PaymentClaim.INFRASTRUCTURE)) {
      checks.add(
          new Check(
              BUY_AMERICA,
              c.buyAmerica(),
              c.buyAmerica()
                  ? "certified: iron, steel and construction materials produced in the United States"
                  : "infrastructure costs (construction, equipment) need the Buy America certification"));
    }
    if (claim.has(java.util.EnumSet.of(BudgetCategory.CONSTRUCTION))) {
      boolean ok = c.davisBacon() && f.payrollEvidence();
      checks.add(
          new Check(
              DAVIS_BACON,
              ok,
              !c.davisBacon()
                  ? "construction labor needs the Davis-Bacon prevailing wage certification"
                  : f.payrollEvidence()
                      ? "certified, with payroll evidence"
                      : "attach the certified payrolls (a PAYROLL document) for construction labor"));
    }
    checks.add(
        new Check(
            EVIDENCE,
            f.unacceptableDocuments().isEmpty(),
            f.unacceptableDocuments().isEmpty()
                ? claim.documentIds().size() + " evidence document(s)"
                : "not evidence documents of this award: " + f.unacceptableDocuments()));
    return checks;
  }

  private static Check period(Facts f) {
    PeriodFacts p = f.period();
    if (p == null) {
      return new Check(
          BUDGET_PERIOD_AUTHORIZED, false, "the request falls in no budget period of the award");
    }
    boolean ok =
        p.status() == BudgetPeriodStatus.AUTHORIZED || p.status() == BudgetPeriodStatus.ENDED;
    String detail =
        ok
            ? "budget period " + p.number() + " is authorized"
            : "budget period "
                + p.number()
                + " is "
                + (p.status() == BudgetPeriodStatus.PENDING
                    ? "not authorized (no GO yet)"
                    : "ended at NO_GO")
                + (f.withholdingCondition() == null
                    ? ""
                    : "; condition " + f.withholdingCondition() + " withholds the next phase");
    return new Check(BUDGET_PERIOD_AUTHORIZED, ok, detail);
  }

  private static List<Check> milestone(Money amount, MilestoneFacts m) {
    if (m == null) {
      return List.of(new Check(MILESTONE_ACCEPTED, false, "the award has no such milestone"));
    }
    boolean accepted = m.status() == MilestoneStatus.ACCEPTED;
    String state =
        switch (m.status()) {
          case ACCEPTED -> "accepted";
          case PAID -> "already paid";
          case REPORTED -> "reported, awaiting review";
          case CERTIFIED -> "certified, awaiting the program officer's acceptance";
          case RETURNED -> "returned to the recipient";
          case PLANNED -> "not reported complete";
        };
    List<Check> checks = new ArrayList<>();
    boolean within = !amount.exceeds(m.amount());
    checks.add(
        new Check(
            MILESTONE_ACCEPTED,
            accepted && within && m.otherRequest() == null,
            "milestone \""
                + m.title()
                + "\" is "
                + state
                + (within
                    ? ""
                    : "; " + amount.formatted() + " is more than its " + m.amount().formatted())
                + (m.otherRequest() == null
                    ? ""
                    : "; payment request " + m.otherRequest() + " already draws it")));
    checks.add(
        new Check(
            PERMITS_COMPLETE,
            m.blockingPermits().isEmpty(),
            m.blockingPermits().isEmpty()
                ? "every permit the milestone depends on is complete"
                : "permit pending: " + String.join(", ", m.blockingPermits())));
    return checks;
  }

  /**
   * After this draw the recipient's share of what is spent is at least the award's cost-share
   * percentage: cost share × 100 ≥ percent × (federal + cost share).
   */
  private static Check costShare(PaymentClaim claim, Money amount, Facts f) {
    Money federal = f.federalSoFar().plus(amount);
    Money share = f.costShareSoFar().plus(claim.costShare());
    BigDecimal total = federal.amount().add(share.amount());
    BigDecimal percent = f.costSharePercent() == null ? BigDecimal.ZERO : f.costSharePercent();
    boolean ok =
        share.amount().multiply(BigDecimal.valueOf(100)).compareTo(percent.multiply(total)) >= 0;
    String actual =
        total.signum() == 0
            ? "0"
            : share
                .amount()
                .multiply(BigDecimal.valueOf(100))
                .divide(total, 2, java.math.RoundingMode.DOWN)
                .toPlainString();
    return new Check(
        COST_SHARE_RATIO,
        ok,
        "cost share "
            + share.formatted()
            + " of "
            + Money.of(total).formatted()
            + " spent is "
            + actual
            + "% after this draw; the award requires at least "
            + percent.stripTrailingZeros().toPlainString()
            + "%");
  }
}
