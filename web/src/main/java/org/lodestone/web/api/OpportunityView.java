package org.lodestone.web.api;

import java.time.LocalDate;
import java.util.List;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.program.domain.FundingOpportunity;

/** A funding opportunity as the API shows it. */
public record OpportunityView(
    long id,
    String number,
    String title,
    List<String> topicAreas,
    String instrument,
    String fundsAvailable,
    String minAward,
    String maxAward,
    String minCostSharePercent,
    List<String> eligibleMinerals,
    LocalDate opensOn,
    LocalDate closesOn,
    String status,
    boolean open,
    List<EvaluationCriterion> criteria,
    int reviewersPerApplication,
    long version) {

  static OpportunityView of(FundingOpportunity o, boolean openToday) {
    return new OpportunityView(
        o.id(),
        o.number(),
        o.title(),
        o.topicAreas().stream().map(Enum::name).toList(),
        o.instrument().name(),
        o.fundsAvailable().toString(),
        o.minAward().toString(),
        o.maxAward().toString(),
        o.minCostSharePercent().toPlainString(),
        List.copyOf(o.eligibleMinerals()),
        o.opensOn(),
        o.closesOn(),
        o.status().name(),
        openToday,
        o.criteria(),
        o.reviewersPerApplication(),
        o.version());
  }
}
