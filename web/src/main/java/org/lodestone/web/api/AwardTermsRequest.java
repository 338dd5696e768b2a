package org.lodestone.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.award.domain.AwardTerms;
import org.lodestone.award.domain.BudgetPeriodTerms;
import org.lodestone.award.domain.MilestoneTerms;
import org.lodestone.award.domain.PaymentMethod;
import org.lodestone.shared.Decimals;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * The negotiated terms of an award as {@code PUT /awards/{id}} and an amendment's {@code changes}
 * send them. A field left out keeps its current value; a list sent replaces the list. Codes, dates
 * and amounts are read field by field, so each wrong one is named.
 */
public record AwardTermsRequest(
    BigDecimal obligatedAmount,
    BigDecimal costSharePercent,
    PeriodBody periodOfPerformance,
    String paymentMethod,
    BigDecimal maximumMonthlyDraw,
    List<BudgetPeriodBody> budgetPeriods,
    List<MilestoneBody> milestones,
    Long version) {

  public record PeriodBody(String start, String end) {}

  public record BudgetPeriodBody(Integer number, String start, String end, BigDecimal amount) {}

  public record MilestoneBody(
      Long id,
      String title,
      String deliverable,
      Integer budgetPeriod,
      String dueDate,
      BigDecimal amount,
      List<Long> permitIds,
      Boolean engineerCertification) {}

  /** These changes applied to {@code current}. */
  AwardTerms applyTo(AwardTerms current) {
    List<Violation> v = new ArrayList<>();
    Money obligated = amount(v, "obligatedAmount", obligatedAmount, current.obligatedAmount());
    BigDecimal share = current.costSharePercent();
    if (costSharePercent != null) {
      share = Decimals.bounded(costSharePercent) ? costSharePercent : null;
      if (share == null) {
        v.add(new Violation("costSharePercent", Decimals.RULE));
      }
    }
    LocalDate start = current.start();
    LocalDate end = current.end();
    if (periodOfPerformance != null) {
      start = Fields.date(v, "periodOfPerformance.start", periodOfPerformance.start());
      end = Fields.date(v, "periodOfPerformance.end", periodOfPerformance.end());
    }
    PaymentMethod method =
        paymentMethod == null
            ? current.paymentMethod()
            : Fields.code(v, "paymentMethod", paymentMethod, PaymentMethod.class);
    Money draw = amount(v, "maximumMonthlyDraw", maximumMonthlyDraw, current.maximumMonthlyDraw());
    List<BudgetPeriodTerms> periods = current.budgetPeriods();
    if (budgetPeriods != null) {
      bounded(v, "budgetPeriods", budgetPeriods.size(), AwardTerms.PERIODS_MAX);
      periods = new ArrayList<>();
      for (int i = 0; i < Math.min(budgetPeriods.size(), AwardTerms.PERIODS_MAX); i++) {
        BudgetPeriodBody b = budgetPeriods.get(i);
        String f = "budgetPeriods[" + i + "]";
        if (b == null) {
          v.add(new Violation(f, "is empty"));
          continue;
        }
        periods.add(
            new BudgetPeriodTerms(
                b.number() == null ? i + 1 : b.number(),
                Fields.date(v, f + ".start", b.start()),
                Fields.date(v, f + ".end", b.end()),
                amount(v, f + ".amount", b.amount(), null)));
      }
    }
    List<MilestoneTerms> planned = current.milestones();
    if (milestones != null) {
      bounded(v, "milestones", milestones.size(), AwardTerms.MILESTONES_MAX);
      planned = new ArrayList<>();
      for (int i = 0; i < Math.min(milestones.size(), AwardTerms.MILESTONES_MAX); i++) {
        MilestoneBody m = milestones.get(i);
        String f = "milestones[" + i + "]";
        if (m == null) {
          v.add(new Violation(f, "is empty"));
          continue;
        }
        if (m.permitIds() != null && m.permitIds().size() > 50) {
          v.add(new Violation(f + ".permitIds", "at most 50 permits"));
        }
        planned.add(
            new MilestoneTerms(
                m.id(),
                m.title() == null ? null : m.title().strip(),
                m.deliverable() == null || m.deliverable().isBlank()
                    ? null
                    : m.deliverable().strip(),
                m.budgetPeriod() == null ? 0 : m.budgetPeriod(),
                Fields.date(v, f + ".dueDate", m.dueDate()),
                amount(v, f + ".amount", m.amount(), null),
                m.permitIds() == null ? List.of() : m.permitIds().stream().limit(50).toList(),
                Boolean.TRUE.equals(m.engineerCertification())));
      }
    }
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    return new AwardTerms(obligated, share, start, end, method, draw, periods, planned);
  }

  private static void bounded(List<Violation> v, String field, int size, int max) {
    if (size > max) {
      v.add(new Violation(field, "at most " + max));
    }
  }

  private static Money amount(List<Violation> v, String field, BigDecimal value, Money fallback) {
    Money parsed = Fields.amount(v, field, value);
    return parsed == null ? fallback : parsed;
  }
}
