package org.lodestone.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.program.domain.Instrument;
import org.lodestone.program.domain.OpportunityTerms;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/** Body of creating or revising a funding opportunity. */
public record OpportunityRequest(
    String title,
    String instrument,
    List<String> topicAreas,
    List<String> eligibleMinerals,
    BigDecimal fundsAvailable,
    BigDecimal minAward,
    BigDecimal maxAward,
    BigDecimal minCostSharePercent,
    String opensOn,
    String closesOn,
    List<CriterionBody> criteria,
    Integer reviewersPerApplication,
    Long version) {

  public record CriterionBody(String code, String name, Integer weight) {}

  OpportunityTerms terms() {
    List<Violation> v = new ArrayList<>();
    Instrument parsedInstrument = Fields.code(v, "instrument", instrument, Instrument.class);
    Set<TopicArea> topics = EnumSet.noneOf(TopicArea.class);
    for (String t : topicAreas == null ? List.<String>of() : topicAreas) {
      try {
        topics.add(TopicArea.valueOf(String.valueOf(t).strip()));
      } catch (IllegalArgumentException e) {
        v.add(
            new Violation(
                "topicAreas", t + " is not one of " + Arrays.toString(TopicArea.values())));
      }
    }
    List<EvaluationCriterion> parsedCriteria = new ArrayList<>();
    List<CriterionBody> bodies = criteria == null ? List.of() : criteria;
    for (int i = 0; i < bodies.size(); i++) {
      CriterionBody c = bodies.get(i);
      try {
        parsedCriteria.add(
            new EvaluationCriterion(c.code(), c.name(), c.weight() == null ? 0 : c.weight()));
      } catch (IllegalArgumentException e) {
        v.add(new Violation("criteria[" + i + "]", e.getMessage()));
      }
    }
    LocalDate opens = Fields.date(v, "opensOn", opensOn);
    LocalDate closes = Fields.date(v, "closesOn", closesOn);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    return new OpportunityTerms(
        title,
        parsedInstrument,
        topics,
        new TreeSet<>(eligibleMinerals == null ? List.of() : eligibleMinerals),
        fundsAvailable,
        minAward,
        maxAward,
        minCostSharePercent,
        opens,
        closes,
        parsedCriteria,
        reviewersPerApplication == null ? 0 : reviewersPerApplication);
  }
}
