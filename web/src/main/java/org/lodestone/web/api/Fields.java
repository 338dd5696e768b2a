package org.lodestone.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * Reads codes and dates that arrive as text, so a wrong one is reported by its field instead of as
 * unreadable JSON. Blank means absent.
 */
final class Fields {

  private Fields() {}

  /** The enum constant named {@code value}, or null; a wrong name adds a violation. */
  static <E extends Enum<E>> E code(List<Violation> v, String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      v.add(new Violation(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  /** The ISO date in {@code value}, or null; a wrong one adds a violation. */
  static LocalDate date(List<Violation> v, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() > 12) {
        throw new DateTimeParseException("too long", "", 0);
      }
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      v.add(new Violation(field, "must be a date such as 2027-03-31"));
      return null;
    }
  }

  /** As {@link #code(List, String, String, Class)} for a single field: refuses at once. */
  static <E extends Enum<E>> E code(String field, String value, Class<E> type) {
    List<Violation> v = new java.util.ArrayList<>();
    E parsed = code(v, field, value, type);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    return parsed;
  }

  /** As {@link #date(List, String, String)} for a single field: refuses at once. */
  static LocalDate date(String field, String value) {
    List<Violation> v = new java.util.ArrayList<>();
    LocalDate parsed = date(v, field, value);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    return parsed;
  }

  /** An amount in dollars, or null (with a violation) when it is not a bounded number of cents. */
  static org.lodestone.shared.Money amount(
      List<Violation> v, String field, java.math.BigDecimal value) {
    if (value == null) {
      return null;
    }
    if (!org.lodestone.shared.Decimals.bounded(value)
        || !org.lodestone.shared.Money.isCents(value)) {
      v.add(new Violation(field, "must be an amount in dollars with at most 2 decimals"));
      return null;
    }
    return org.lodestone.shared.Money.of(value);
  }

  /** Money as the API writes it: a string with two decimals ("2500000.00"). */
  static String money(org.lodestone.shared.Money amount) {
    return amount == null ? null : amount.toString();
  }

  static String money(java.math.BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
