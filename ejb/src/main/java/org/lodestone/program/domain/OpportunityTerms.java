package org.lodestone.program.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.shared.Money;
import org.lodestone.shared.Violation;

/**
 * The terms of a funding opportunity as a program officer writes them: what it funds, how much,
 * under which rules, until when. {@link #violations} lists every rule they break.
 */
public record OpportunityTerms(
    String title,
    Instrument instrument,
    Set<TopicArea> topicAreas,
    Set<String> eligibleMinerals,
    BigDecimal fundsAvailable,
    BigDecimal minAward,
    BigDecimal maxAward,
    BigDecimal minCostSharePercent,
    LocalDate opensOn,
    LocalDate closesOn,
    List<EvaluationCriterion> criteria,
    int reviewersPerApplication) {

  public OpportunityTerms {
    title = title == null || title.isBlank() ? null : title.strip();
    topicAreas =
        topicAreas == null || topicAreas.isEmpty()
            ? EnumSet.noneOf(TopicArea.class)
            : EnumSet.copyOf(topicAreas);
    eligibleMinerals = eligibleMinerals == null ? new TreeSet<>() : new TreeSet<>(eligibleMinerals);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  public List<Violation> violations(Set<String> knownMinerals) {
    List<Violation> v = new ArrayList<>();
    if (title == null) {
      v.add(new Violation("title", "is required"));
    } else if (title.length() > 200) {
      v.add(new Violation("title", "must be at most 200 characters"));
    }
    if (instrument == null) {
      v.add(new Violation("instrument", "is required"));
    }
    if (topicAreas.isEmpty()) {
      v.add(new Violation("topicAreas", "name at least one topic area"));
    }
    if (eligibleMinerals.isEmpty()) {
      v.add(new Violation("eligibleMinerals", "name at least one critical mineral"));
    }
    for (String code : eligibleMinerals) {
      if (!knownMinerals.contains(code)) {
        v.add(new Violation("eligibleMinerals", code + " is not on the critical minerals list"));
      }
    }
    money(v, "fundsAvailable", fundsAvailable);
    money(v, "minAward", minAward);
    money(v, "maxAward", maxAward);
    if (minAward != null && maxAward != null && minAward.compareTo(maxAward) > 0) {
      v.add(new Violation("minAward", "must not exceed the maximum award"));
    }
    if (maxAward != null && fundsAvailable != null && maxAward.compareTo(fundsAvailable) > 0) {
      v.add(new Violation("maxAward", "must not exceed the funds available"));
    }
    if (minCostSharePercent == null) {
      v.add(
          new Violation(
              "minCostSharePercent",
              "is required (20 for research, 50 for demonstration and commercial projects)"));
    } else if (minCostSharePercent.signum() < 0
        || minCostSharePercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
      v.add(new Violation("minCostSharePercent", "must be 0 or more and below 100"));
    }
    if (opensOn == null) {
      v.add(new Violation("opensOn", "is required"));
    }
    if (closesOn == null) {
      v.add(new Violation("closesOn", "is required"));
    } else if (opensOn != null && !closesOn.isAfter(opensOn)) {
      v.add(new Violation("closesOn", "must be after the opening date"));
    }
    if (criteria.isEmpty()) {
      v.add(new Violation("criteria", "name the evaluation criteria"));
    } else {
      int sum = criteria.stream().mapToInt(EvaluationCriterion::weight).sum();
      if (sum != 100) {
        v.add(new Violation("criteria", "weights must sum to 100; they sum to " + sum));
      }
      if (criteria.stream().map(EvaluationCriterion::code).distinct().count() != criteria.size()) {
        v.add(new Violation("criteria", "each criterion code may appear once"));
      }
    }
    if (reviewersPerApplication < 1 || reviewersPerApplication > 9) {
      v.add(new Violation("reviewersPerApplication", "must be 1 to 9"));
    }
    return v;
  }

  private static void money(List<Violation> v, String field, BigDecimal amount) {
    if (amount == null) {
      v.add(new Violation(field, "is required"));
    } else if (amount.signum() <= 0) {
      v.add(new Violation(field, "must be more than zero"));
    } else if (!Money.isCents(amount)) {
      v.add(new Violation(field, "must be in whole cents"));
    }
  }
}
