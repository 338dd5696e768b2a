package org.lodestone.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.StateConflictException;

class FundingOpportunityTest {

  private static final LocalDate OPENS = LocalDate.of(2027, 1, 1);
  private static final LocalDate CLOSES = LocalDate.of(2027, 3, 31);

  private static FundingOpportunity opportunity(
      String min, String max, List<EvaluationCriterion> criteria) {
    return new FundingOpportunity(
        1L,
        "DE-FOA-1",
        "t",
        Instrument.GRANT,
        EnumSet.of(TopicArea.EXTRACTION),
        Set.of("LITHIUM"),
        new BigDecimal("1000000"),
        new BigDecimal(min),
        new BigDecimal(max),
        new BigDecimal("20"),
        OPENS,
        CLOSES,
        criteria,
        3);
  }

  private static final List<EvaluationCriterion> CRITERIA =
      List.of(new EvaluationCriterion("A", "a", 60), new EvaluationCriterion("B", "b", 40));

  @Test
  void acceptsSubmissionsOnlyWhenPublishedAndBetweenItsDates() {
    FundingOpportunity o = opportunity("1000", "5000", CRITERIA);
    assertThat(o.acceptsSubmissionsOn(OPENS)).as("draft").isFalse();

    o.publish();

    assertThat(o.acceptsSubmissionsOn(OPENS.minusDays(1))).isFalse();
    assertThat(o.acceptsSubmissionsOn(OPENS)).isTrue();
    assertThat(o.acceptsSubmissionsOn(CLOSES)).isTrue();
    assertThat(o.acceptsSubmissionsOn(CLOSES.plusDays(1))).isFalse();
    assertThatThrownBy(o::publish).isInstanceOf(StateConflictException.class);
  }

  @Test
  void rulesOfTheNotice() {
    assertThatThrownBy(() -> opportunity("6000", "5000", CRITERIA))
        .hasMessageContaining("minimum award");
    assertThatThrownBy(() -> opportunity("1000", "2000000", CRITERIA))
        .hasMessageContaining("funds available");
    assertThatThrownBy(
            () -> opportunity("1000", "5000", List.of(new EvaluationCriterion("A", "a", 90))))
        .hasMessageContaining("sum to 100");
  }

  @Test
  void moneyIsExactAtScaleTwo() {
    assertThat(opportunity("1000", "5000", CRITERIA).maxAward())
        .hasScaleOf(2)
        .isEqualByComparingTo("5000");
  }
}
