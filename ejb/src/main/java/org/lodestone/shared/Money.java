package org.lodestone.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of US dollars, exact to the cent (scale 2); never a binary floating point number.
 * Stored as {@code NUMERIC(15, 2)} ({@link MoneyConverter}), written as {@code "2500000.00"}.
 */
public final class Money implements Comparable<Money>, Serializable {

  private static final long serialVersionUID = 1L;

  public static final int SCALE = 2;
  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * The amount in dollars.
   *
   * @throws ArithmeticException when it has fractions of a cent
   */
  public static Money of(BigDecimal amount) {
    return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
  }

  public static Money of(String amount) {
    return of(new BigDecimal(amount));
  }

  /** The amount, or null for null. */
  public static Money ofNullable(BigDecimal amount) {
    return amount == null ? null : of(amount);
  }

  /** True when the amount is a whole number of cents. */
  public static boolean isCents(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= SCALE;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean exceeds(Money other) {
    return compareTo(other) > 0;
  }

  public int signum() {
    return amount.signum();
  }

  public BigDecimal amount() {
    return amount;
  }

  /** For people: {@code $2,500,000.00}. */
  public String formatted() {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    return format.format(amount);
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money m && amount.equals(m.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** As the API and the audit trail write it: {@code 2500000.00}. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
