package org.lodestone.shared;

import java.math.BigDecimal;

/**
 * Numbers as people and clients send them, bounded before anything is computed with them: at most
 * {@value #MAX_CHARS} characters, {@value #MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@value #MAX_FRACTION_DIGITS} after it. Messages never repeat the input.
 */
public final class Decimals {

  public static final int MAX_CHARS = 40;
  public static final int MAX_INTEGER_DIGITS = 18;
  public static final int MAX_FRACTION_DIGITS = 10;
  public static final String RULE =
      "must be a number with at most "
          + MAX_INTEGER_DIGITS
          + " digits before the decimal point and "
          + MAX_FRACTION_DIGITS
          + " after it";

  private Decimals() {}

  /** The number in {@code raw}, or empty when it is not a bounded number. */
  public static java.util.Optional<BigDecimal> parse(String raw) {
    if (raw == null) {
      return java.util.Optional.empty();
    }
    String text = raw.strip();
    if (text.isEmpty() || text.length() > MAX_CHARS) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(new BigDecimal(text)).filter(Decimals::bounded);
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  /** True when a number is within the bounds (also for numbers made elsewhere). */
  public static boolean bounded(BigDecimal value) {
    if (value.signum() == 0) {
      return Math.abs((long) value.scale()) <= 1000;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long fraction = Math.max(stripped.scale(), 0);
    long integer = (long) stripped.precision() - stripped.scale();
    return fraction <= MAX_FRACTION_DIGITS && integer <= MAX_INTEGER_DIGITS;
  }
}
