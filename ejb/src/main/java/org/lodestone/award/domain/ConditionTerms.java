package org.lodestone.award.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.shared.Violation;

/**
 * A special condition as imposed (2 CFR 200.208): what it does, why, what the recipient must do to
 * have it removed, and by when.
 */
public record ConditionTerms(
    ConditionEffect effect, String reason, String cure, LocalDate deadline) {

  public static final int TEXT_MAX = 2000;

  public ConditionTerms {
    reason = reason == null || reason.isBlank() ? null : reason.strip();
    cure = cure == null || cure.isBlank() ? null : cure.strip();
  }

  /** Every rule the condition breaks; {@code field} prefixes the names ("conditions[0]"). */
  public List<Violation> violations(String field, LocalDate today) {
    String prefix = field.isEmpty() ? "" : field + ".";
    List<Violation> v = new ArrayList<>();
    if (effect == null) {
      v.add(
          new Violation(
              prefix + "effect",
              "is required: REIMBURSEMENT_ONLY, WITHHOLD_NEXT_PHASE, ADDITIONAL_REPORTING or"
                  + " PRIOR_APPROVAL_OF_PAYMENTS"));
    }
    text(v, prefix + "reason", reason);
    text(v, prefix + "cure", cure);
    if (deadline == null) {
      v.add(new Violation(prefix + "deadline", "is required"));
    } else if (!deadline.isAfter(today)) {
      v.add(new Violation(prefix + "deadline", "must be after today, " + today));
    }
    return v;
  }

  private static void text(List<Violation> v, String field, String value) {
    if (value == null) {
      v.add(new Violation(field, "is required"));
    } else if (value.length() > TEXT_MAX) {
      v.add(new Violation(field, "must be at most " + TEXT_MAX + " characters"));
    }
  }
}
