package org.lodestone.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** US dollars as {@link BigDecimal} with scale 2; never a binary floating point number. */
public final class Money {

  public static final int SCALE = 2;
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

  private Money() {}

  /**
   * Normalises an amount to scale 2.
   *
   * @throws ArithmeticException when the amount has fractions of a cent
   */
  public static BigDecimal usd(BigDecimal amount) {
    return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  public static BigDecimal usd(String amount) {
    return usd(new BigDecimal(amount));
  }

  /** True when the amount is a whole number of cents. */
  public static boolean isCents(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= SCALE;
  }
}
