package org.lodestone.disbursement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;

/**
 * A reproducible random sample of released payments for audit testing, stratified by amount: the
 * same seed and population always give the same sample. The strata are below US$1 million, US$1
 * million to below US$10 million, and US$10 million or more; each gets its share of the sample in
 * proportion to its size (largest remainders), so large payments are neither missed nor over-drawn.
 */
public final class PaymentSample {

  /** A payment as the sample needs it. */
  public record Item(long id, String number, Money amount) {}

  /** A drawn payment and the stratum it came from. */
  public record Drawn(long id, String number, Money amount, String stratum) {}

  static final BigDecimal[] BOUNDS = {new BigDecimal("1000000.00"), new BigDecimal("10000000.00")};
  static final String[] STRATA = {
    "below $1,000,000", "$1,000,000 to $9,999,999.99", "$10,000,000 or more"
  };

  private PaymentSample() {}

  public static List<Drawn> draw(List<Item> population, long seed, int size) {
    if (size < 1 || size > population.size()) {
      throw new RuleViolationException(
          "size",
          "must be between 1 and " + population.size() + ", the released payments to sample from");
    }
    List<List<Item>> strata = new ArrayList<>();
    for (int i = 0; i < STRATA.length; i++) {
      strata.add(new ArrayList<>());
    }
    population.stream()
        .sorted(Comparator.comparingLong(Item::id))
        .forEach(item -> strata.get(stratumOf(item.amount())).add(item));
    int[] counts = allocate(strata, population.size(), size);
    List<Drawn> out = new ArrayList<>();
    for (int s = 0; s < strata.size(); s++) {
      List<Item> stratum = new ArrayList<>(strata.get(s));
      Collections.shuffle(stratum, new Random(seed * 31 + s));
      for (Item item : stratum.subList(0, counts[s])) {
        out.add(new Drawn(item.id(), item.number(), item.amount(), STRATA[s]));
      }
    }
    out.sort(Comparator.comparingLong(Drawn::id));
    return out;
  }

  private static int stratumOf(Money amount) {
    int s = 0;
    while (s < BOUNDS.length && amount.amount().compareTo(BOUNDS[s]) >= 0) {
      s++;
    }
    return s;
  }

  /** Proportional allocation by largest remainders; never more than a stratum holds. */
  private static int[] allocate(List<List<Item>> strata, int total, int size) {
    int[] counts = new int[strata.size()];
    double[] remainders = new double[strata.size()];
    int given = 0;
    for (int s = 0; s < strata.size(); s++) {
      double exact = (double) size * strata.get(s).size() / total;
      counts[s] = (int) Math.floor(exact);
      remainders[s] = exact - counts[s];
      given += counts[s];
    }
    while (given < size) {
      int best = -1;
      for (int s = 0; s < strata.size(); s++) {
        if (counts[s] < strata.get(s).size() && (best < 0 || remainders[s] > remainders[best])) {
          best = s;
        }
      }
      counts[best]++;
      remainders[best] = -1;
      given++;
    }
    return counts;
  }
}
