package org.lodestone.award.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lodestone.shared.Violation;

/** The kinds of amendment, each with what it may and must change. */
public enum AmendmentType {
  /** More time, no more money. */
  NO_COST_EXTENSION,
  /** More money, within the opportunity's funds. */
  SUPPLEMENT,
  /** Less money, never below what was disbursed. */
  DEOBLIGATION,
  /** Money moved between budget periods or milestones, the total unchanged. */
  BUDGET_REALLOCATION,
  MILESTONE_CHANGE,
  /** Changes of payment method or maximum draw that a condition calls for. */
  CONDITION_CHANGE,
  ADMINISTRATIVE;

  /** What this type of amendment must not or must change between the terms before and after. */
  public List<Violation> violations(AwardTerms before, AwardTerms after) {
    List<Violation> v = new ArrayList<>();
    if (before.equals(after)) {
      v.add(new Violation("changes", "change nothing in the terms"));
      return v;
    }
    int money = after.obligatedAmount().compareTo(before.obligatedAmount());
    switch (this) {
      case SUPPLEMENT -> {
        if (money <= 0) {
          v.add(new Violation("obligatedAmount", "a supplement must raise the obligated amount"));
        }
      }
      case DEOBLIGATION -> {
        if (money >= 0) {
          v.add(
              new Violation("obligatedAmount", "a de-obligation must lower the obligated amount"));
        }
      }
      case NO_COST_EXTENSION -> {
        sameMoney(v, money, "a no-cost extension");
        if (after.end() == null || before.end() == null || !after.end().isAfter(before.end())) {
          v.add(
              new Violation(
                  "periodOfPerformance.end",
                  "a no-cost extension must end the period of performance later than "
                      + before.end()));
        }
      }
      case ADMINISTRATIVE -> {
        sameMoney(v, money, "an administrative amendment");
        if (!Objects.equals(before.start(), after.start())
            || !Objects.equals(before.end(), after.end())) {
          v.add(
              new Violation(
                  "periodOfPerformance",
                  "an administrative amendment cannot change the period of performance"));
        }
      }
      default -> sameMoney(v, money, "this type of amendment");
    }
    return v;
  }

  private static void sameMoney(List<Violation> v, int money, String what) {
    if (money != 0) {
      v.add(
          new Violation(
              "obligatedAmount",
              what + " cannot change the obligated amount: use SUPPLEMENT or DEOBLIGATION"));
    }
  }
}
