package org.lodestone.award.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lodestone.shared.Money;
import org.lodestone.shared.Violation;

/**
 * The negotiated terms of an award, and every rule they must meet before the selecting official may
 * sign them: budget periods that tile the period of performance and add up to the obligated amount,
 * milestones inside their period and within its amount, a cost share at least the opportunity's
 * minimum, and an obligation within the funds still available. Each broken rule is reported at
 * once, naming the field and the numbers.
 */
public record AwardTerms(
    Money obligatedAmount,
    BigDecimal costSharePercent,
    LocalDate start,
    LocalDate end,
    PaymentMethod paymentMethod,
    Money maximumMonthlyDraw,
    List<BudgetPeriodTerms> budgetPeriods,
    List<MilestoneTerms> milestones) {

  public static final int TEXT_MAX = 2000;
  public static final int TITLE_MAX = 200;

  /** At most this many budget periods and milestones: bounds on what a request may send. */
  public static final int PERIODS_MAX = 10;

  public static final int MILESTONES_MAX = 100;

  public AwardTerms {
    budgetPeriods = budgetPeriods == null ? List.of() : List.copyOf(budgetPeriods);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  /**
   * Every rule the terms break, given the opportunity's minimum cost share and the funds it still
   * has for this award (its funds less what other awards and selections hold), and the permits of
   * the project's timetable that milestones may depend on.
   */
  public List<Violation> violations(
      BigDecimal minCostSharePercent, Money fundsAvailable, Set<Long> permitIds) {
    List<Violation> v = new ArrayList<>();
    if (obligatedAmount == null || obligatedAmount.signum() <= 0) {
      v.add(new Violation("obligatedAmount", "is required and must be more than zero"));
    } else if (fundsAvailable != null && obligatedAmount.exceeds(fundsAvailable)) {
      v.add(
          new Violation(
              "obligatedAmount",
              "exceeds the funds still available, "
                  + fundsAvailable.formatted()
                  + ", by "
                  + obligatedAmount.minus(fundsAvailable).formatted()));
    }
    if (costSharePercent == null) {
      v.add(new Violation("costSharePercent", "is required"));
    } else if (costSharePercent.compareTo(minCostSharePercent) < 0) {
      v.add(
          new Violation(
              "costSharePercent",
              "must be at least the opportunity's minimum of "
                  + minCostSharePercent.stripTrailingZeros().toPlainString()
                  + "%"));
    } else if (costSharePercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
      v.add(new Violation("costSharePercent", "must be below 100%"));
    }
    if (start == null || end == null) {
      v.add(new Violation("periodOfPerformance", "needs a start and an end"));
    } else if (!end.isAfter(start)) {
      v.add(new Violation("periodOfPerformance", "must end after it starts"));
    }
    if (paymentMethod == null) {
      v.add(new Violation("paymentMethod", "is required: REIMBURSEMENT or ADVANCE"));
    }
    if (maximumMonthlyDraw != null && maximumMonthlyDraw.signum() <= 0) {
      v.add(new Violation("maximumMonthlyDraw", "must be more than zero when given"));
    }
    budgetPeriodViolations(v);
    milestoneViolations(v, permitIds);
    return v;
  }

  private void budgetPeriodViolations(List<Violation> v) {
    if (budgetPeriods.isEmpty()) {
      v.add(new Violation("budgetPeriods", "name at least one budget period"));
      return;
    }
    if (budgetPeriods.size() > PERIODS_MAX) {
      v.add(new Violation("budgetPeriods", "at most " + PERIODS_MAX + " budget periods"));
      return;
    }
    List<BudgetPeriodTerms> ordered =
        budgetPeriods.stream().sorted(Comparator.comparingInt(BudgetPeriodTerms::number)).toList();
    Money sum = Money.ZERO;
    for (int i = 0; i < ordered.size(); i++) {
      BudgetPeriodTerms p = ordered.get(i);
      String field = "budgetPeriods[" + i + "]";
      if (p.number() != i + 1) {
        v.add(new Violation(field + ".number", "budget periods are numbered 1, 2, 3 ... in order"));
      }
      if (p.start() == null || p.end() == null || !p.end().isAfter(p.start())) {
        v.add(new Violation(field, "needs a start and a later end"));
        continue;
      }
      if (p.amount() == null || p.amount().signum() <= 0) {
        v.add(new Violation(field + ".amount", "must be more than zero"));
      } else {
        sum = sum.plus(p.amount());
      }
      LocalDate expectedStart = i == 0 ? start : ordered.get(i - 1).end().plusDays(1);
      if (expectedStart != null && !p.start().equals(expectedStart)) {
        v.add(
            new Violation(
                field + ".start",
                i == 0
                    ? "must be the start of the period of performance, " + start
                    : "must follow the previous budget period without a gap or an overlap: "
                        + expectedStart));
      }
    }
    BudgetPeriodTerms last = ordered.get(ordered.size() - 1);
    if (end != null && last.end() != null && !last.end().equals(end)) {
      v.add(
          new Violation(
              "budgetPeriods[" + (ordered.size() - 1) + "].end",
              "must be the end of the period of performance, " + end));
    }
    if (obligatedAmount != null && !sum.equals(obligatedAmount)) {
      v.add(
          new Violation(
              "budgetPeriods",
              "add up to "
                  + sum.formatted()
                  + ", not the obligated amount "
                  + obligatedAmount.formatted()));
    }
  }

  private void milestoneViolations(List<Violation> v, Set<Long> permitIds) {
    for (int i = 0; i < milestones.size(); i++) {
      MilestoneTerms m = milestones.get(i);
      String field = "milestones[" + i + "]";
      if (m.title() == null || m.title().isBlank()) {
        v.add(new Violation(field + ".title", "is required"));
      } else if (m.title().length() > TITLE_MAX) {
        v.add(new Violation(field + ".title", "must be at most " + TITLE_MAX + " characters"));
      }
      for (Long permit : m.permitIds()) {
        if (!permitIds.contains(permit)) {
          v.add(
              new Violation(
                  field + ".permitIds",
                  "permit " + permit + " is not on this project's permitting timetable"));
        }
      }
      if (m.deliverable() != null && m.deliverable().length() > TEXT_MAX) {
        v.add(new Violation(field + ".deliverable", "must be at most " + TEXT_MAX + " characters"));
      }
      if (m.amount() == null || m.amount().isNegative()) {
        v.add(new Violation(field + ".amount", "is required and must not be negative"));
      }
      BudgetPeriodTerms period = period(m.budgetPeriod());
      if (period == null) {
        v.add(new Violation(field + ".budgetPeriod", "names no budget period of these terms"));
      } else if (m.dueDate() == null
          || m.dueDate().isBefore(period.start())
          || m.dueDate().isAfter(period.end())) {
        v.add(
            new Violation(
                field + ".dueDate",
                "must fall inside budget period "
                    + period.number()
                    + " ("
                    + period.start()
                    + " to "
                    + period.end()
                    + ")"));
      }
    }
    for (BudgetPeriodTerms period : budgetPeriods) {
      Money planned =
          milestones.stream()
              .filter(m -> m.budgetPeriod() == period.number() && m.amount() != null)
              .map(MilestoneTerms::amount)
              .reduce(Money.ZERO, Money::plus);
      if (period.amount() != null && planned.exceeds(period.amount())) {
        v.add(
            new Violation(
                "milestones",
                "of budget period "
                    + period.number()
                    + " add up to "
                    + planned.formatted()
                    + ", more than its "
                    + period.amount().formatted()));
      }
    }
  }

  private BudgetPeriodTerms period(int number) {
    return budgetPeriods.stream().filter(p -> p.number() == number).findFirst().orElse(null);
  }
}
