package org.lodestone.disbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;

class PaymentSampleTest {

  /** 60 small, 30 middle and 10 large payments, ids 1-100. */
  private static List<PaymentSample.Item> population() {
    List<PaymentSample.Item> items = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      String amount = i <= 60 ? "250000.00" : i <= 90 ? "4000000.00" : "12500000.00";
      items.add(new PaymentSample.Item(i, "PR-" + i, Money.of(amount)));
    }
    return items;
  }

  @Test
  void theSameSeedGivesTheSameSampleAndAnotherSeedAnother() {
    List<PaymentSample.Drawn> one = PaymentSample.draw(population(), 2027, 10);
    List<PaymentSample.Drawn> again = PaymentSample.draw(population(), 2027, 10);
    List<PaymentSample.Drawn> other = PaymentSample.draw(population(), 7, 10);

    assertThat(again).isEqualTo(one);
    assertThat(other).isNotEqualTo(one);
    assertThat(one).extracting(PaymentSample.Drawn::id).doesNotHaveDuplicates();
  }

  @Test
  void eachStratumGetsItsShareBySize() {
    Map<String, Long> byStratum =
        PaymentSample.draw(population(), 1, 10).stream()
            .collect(Collectors.groupingBy(PaymentSample.Drawn::stratum, Collectors.counting()));

    assertThat(byStratum)
        .containsEntry(PaymentSample.STRATA[0], 6L)
        .containsEntry(PaymentSample.STRATA[1], 3L)
        .containsEntry(PaymentSample.STRATA[2], 1L);
  }

  @Test
  void theWholePopulationCanBeDrawnButNotMore() {
    assertThat(PaymentSample.draw(population(), 1, 100)).hasSize(100);
    assertThatThrownBy(() -> PaymentSample.draw(population(), 1, 101))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("size")
        .hasMessageContaining("between 1 and 100,");
    assertThatThrownBy(() -> PaymentSample.draw(population(), 1, 0))
        .isInstanceOf(RuleViolationException.class);
  }
}
