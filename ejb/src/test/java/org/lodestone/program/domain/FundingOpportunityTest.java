package org.lodestone.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

class FundingOpportunityTest {

  private static final LocalDate OPENS = LocalDate.of(2027, 1, 1);
  private static final LocalDate CLOSES = LocalDate.of(2027, 3, 31);
  private static final Set<String> MINERALS = Set.of("LITHIUM", "COBALT");
  private static final List<EvaluationCriterion> CRITERIA =
      List.of(new EvaluationCriterion("A", "a", 60), new EvaluationCriterion("B", "b", 40));

  static OpportunityTerms terms(String min, String max, List<EvaluationCriterion> criteria) {
    return new OpportunityTerms(
        "Extraction",
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

  private static FundingOpportunity opportunity(OpportunityTerms terms) {
    return new FundingOpportunity(1L, "FOA-2027-000001", terms, MINERALS);
  }

  private static List<String> fields(Runnable action) {
    try {
      action.run();
      return List.of();
    } catch (RuleViolationException e) {
      return e.violations().stream().map(Violation::field).toList();
    }
  }

  @Test
  void acceptsSubmissionsOnlyWhenPublishedAndBetweenItsDates() {
    FundingOpportunity o = opportunity(terms("1000", "5000", CRITERIA));
    assertThat(o.acceptsSubmissionsOn(OPENS)).as("draft").isFalse();

    o.publish();

    assertThat(o.acceptsSubmissionsOn(OPENS.minusDays(1))).isFalse();
    assertThat(o.acceptsSubmissionsOn(OPENS)).isTrue();
    assertThat(o.acceptsSubmissionsOn(CLOSES)).isTrue();
    assertThat(o.acceptsSubmissionsOn(CLOSES.plusDays(1))).isFalse();
    assertThatThrownBy(o::publish).isInstanceOf(StateConflictException.class);
  }

  @Test
  void rulesOfTheNoticeAreListedByField() {
    assertThat(fields(() -> opportunity(terms("6000", "5000", CRITERIA))))
        .containsExactly("minAward");
    assertThat(fields(() -> opportunity(terms("1000", "2000000", CRITERIA))))
        .containsExactly("maxAward");
    assertThat(
            fields(
                () ->
                    opportunity(
                        terms("1000", "5000", List.of(new EvaluationCriterion("A", "a", 90))))))
        .containsExactly("criteria");
    assertThat(
            fields(
                () ->
                    opportunity(
                        new OpportunityTerms(
                            " ",
                            null,
                            Set.of(),
                            Set.of("KRYPTONITE"),
                            null,
                            new BigDecimal("0.001"),
                            new BigDecimal("-1"),
                            new BigDecimal("100"),
                            CLOSES,
                            OPENS,
                            List.of(),
                            0))))
        .containsExactly(
            "title",
            "instrument",
            "topicAreas",
            "eligibleMinerals",
            "fundsAvailable",
            "minAward",
            "maxAward",
            "minAward",
            "minCostSharePercent",
            "closesOn",
            "criteria",
            "reviewersPerApplication");
  }

  @Test
  void publishedTermsNeverChangeAndOnlyPublishedOpportunitiesClose() {
    FundingOpportunity o = opportunity(terms("1000", "5000", CRITERIA));
    assertThatThrownBy(o::close).isInstanceOf(StateConflictException.class);
    o.revise(terms("2000", "5000", CRITERIA), MINERALS);
    assertThat(o.minAward()).isEqualTo(Money.of("2000"));
    o.publish();

    assertThatThrownBy(() -> o.revise(terms("1000", "5000", CRITERIA), MINERALS))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("can no longer change");
    o.close();
    assertThat(o.status()).isEqualTo(OpportunityStatus.CLOSED);
    assertThat(o.acceptsSubmissionsOn(OPENS)).isFalse();
  }

  @Test
  void moneyIsExactAtScaleTwo() {
    assertThat(opportunity(terms("1000", "5000", CRITERIA)).maxAward().amount())
        .hasScaleOf(2)
        .isEqualByComparingTo("5000");
    assertThat(Money.of("5000").toString()).isEqualTo("5000.00");
    assertThat(Money.of("1234567.5").formatted()).isEqualTo("$1,234,567.50");
    assertThatThrownBy(() -> Money.of("0.001")).isInstanceOf(ArithmeticException.class);
    assertThat(Money.of("10.00").minus(Money.of("12.50")).isNegative()).isTrue();
  }
}
