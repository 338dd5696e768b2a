package org.lodestone.workflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the DMN table application-eligibility, on its own and at its boundary. */
class ApplicationEligibilityDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in =
        ApplicationEligibilityDecisionTest.class.getResourceAsStream(
            "/processes/application-eligibility.dmn")) {
      decision = dmn.parseDecision("application-eligibility", in);
    }
  }

  /**
   * An application that meets every rule: $5,000,000 of a $1M-$10M range, 50% share of a 50%
   * minimum.
   */
  private static Map<String, Object> eligible() {
    Map<String, Object> facts = new HashMap<>();
    facts.put("organizationRegistered", true);
    facts.put("foreignEntityOfConcern", false);
    facts.put("opportunityOpen", true);
    facts.put("mineralsEligible", true);
    facts.put("topicOffered", true);
    facts.put("federalAmountCents", 500_000_000L);
    facts.put("minAwardCents", 100_000_000L);
    facts.put("maxAwardCents", 1_000_000_000L);
    facts.put("costShareBasisPoints", 5_000L);
    facts.put("minCostShareBasisPoints", 5_000L);
    return facts;
  }

  private static List<String> reasons(Consumer<Map<String, Object>> change) {
    Map<String, Object> facts = eligible();
    change.accept(facts);
    return dmn.evaluateDecisionTable(decision, facts).collectEntries("reason");
  }

  @Test
  void anApplicationMeetingEveryRuleHasNoReason() {
    assertThat(reasons(f -> {})).isEmpty();
  }

  @Test
  void theBoundariesThemselvesAreEligible() {
    assertThat(reasons(f -> f.put("federalAmountCents", 100_000_000L))).isEmpty();
    assertThat(reasons(f -> f.put("federalAmountCents", 1_000_000_000L))).isEmpty();
    assertThat(reasons(f -> f.put("costShareBasisPoints", 5_000L))).isEmpty();
  }

  static List<Arguments> rows() {
    return List.of(
        Arguments.of(
            "not registered",
            (Consumer<Map<String, Object>>) f -> f.put("organizationRegistered", false),
            "not registered"),
        Arguments.of(
            "FEOC",
            (Consumer<Map<String, Object>>) f -> f.put("foreignEntityOfConcern", true),
            "foreign entity of concern"),
        Arguments.of(
            "closed",
            (Consumer<Map<String, Object>>) f -> f.put("opportunityOpen", false),
            "not open"),
        Arguments.of(
            "mineral",
            (Consumer<Map<String, Object>>) f -> f.put("mineralsEligible", false),
            "minerals are not eligible"),
        Arguments.of(
            "topic",
            (Consumer<Map<String, Object>>) f -> f.put("topicOffered", false),
            "topic area is not offered"),
        Arguments.of(
            "one cent below minimum",
            (Consumer<Map<String, Object>>) f -> f.put("federalAmountCents", 99_999_999L),
            "below the opportunity's minimum award"),
        Arguments.of(
            "one cent above maximum",
            (Consumer<Map<String, Object>>) f -> f.put("federalAmountCents", 1_000_000_001L),
            "above the opportunity's maximum award"),
        Arguments.of(
            "cost share a basis point short",
            (Consumer<Map<String, Object>>) f -> f.put("costShareBasisPoints", 4_999L),
            "cost share is below"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRuleGivesItsOwnReason(String name, Consumer<Map<String, Object>> change, String reason) {
    assertThat(reasons(change)).singleElement().asString().contains(reason);
  }

  @Test
  void everyBrokenRuleIsListed() {
    assertThat(
            reasons(
                f -> {
                  f.put("foreignEntityOfConcern", true);
                  f.put("topicOffered", false);
                  f.put("costShareBasisPoints", 0L);
                }))
        .hasSize(3);
  }
}
