package org.lodestone.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.shared.Money;
import org.lodestone.shared.Violation;

/**
 * What an applicant types. Any field may be missing in a draft; what is there must already be well
 * formed ({@link #formatViolations}); a submission needs everything, and the money must add up
 * ({@link #completenessViolations}).
 */
public record ApplicationDetails(
    String title,
    String summary,
    TopicArea topicArea,
    Set<String> minerals,
    Site site,
    ProjectStage projectStage,
    BigDecimal capacityTonnesPerYear,
    Integer jobsCreated,
    BigDecimal totalProjectCost,
    BigDecimal federalAmountRequested,
    BigDecimal costShareCash,
    BigDecimal costShareInKind,
    LocalDate startDate,
    LocalDate endDate,
    List<PlannedPermit> permits,
    List<BudgetLine> budget) {

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 4000;
  public static final int TEXT_MAX = 200;
  private static final BigDecimal PROGRAM_AUTHORITY = new BigDecimal("12000000000");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_CAPACITY = new BigDecimal("9999999999999.99");

  public ApplicationDetails {
    title = trimToNull(title);
    summary = trimToNull(summary);
    minerals = minerals == null ? new TreeSet<>() : new TreeSet<>(minerals);
    site = site == null ? new Site(null, null, null, null) : site;
    site =
        new Site(
            trimToNull(site.state()), trimToNull(site.county()), site.latitude(), site.longitude());
    permits = permits == null ? List.of() : List.copyOf(permits);
    budget = budget == null ? List.of() : List.copyOf(budget);
  }

  /** Only a title, a summary and an amount: the thin intake form. */
  public static ApplicationDetails brief(
      String title, String summary, BigDecimal federalAmountRequested) {
    return new ApplicationDetails(
        title,
        summary,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        federalAmountRequested,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** Rules every saved draft keeps. */
  public List<Violation> formatViolations(Set<String> knownMinerals) {
    List<Violation> v = new ArrayList<>();
    maxLength(v, "title", title, TITLE_MAX);
    maxLength(v, "summary", summary, SUMMARY_MAX);
    for (String code : minerals) {
      if (code.length() > 40) {
        v.add(new Violation("minerals", "codes are at most 40 characters"));
      } else if (!knownMinerals.contains(code)) {
        v.add(new Violation("minerals", code + " is not on the critical minerals list"));
      }
    }
    siteViolations(v);
    if (capacityTonnesPerYear != null && capacityTonnesPerYear.signum() < 0) {
      v.add(new Violation("capacityTonnesPerYear", "must not be negative"));
    } else if (capacityTonnesPerYear != null
        && (capacityTonnesPerYear.compareTo(MAX_CAPACITY) > 0
            || capacityTonnesPerYear.stripTrailingZeros().scale() > 2)) {
      v.add(
          new Violation(
              "capacityTonnesPerYear",
              "must be below 10,000,000,000,000 tonnes per year, with at most 2 decimals"));
    }
    if (jobsCreated != null && (jobsCreated < 0 || jobsCreated > 1_000_000)) {
      v.add(new Violation("jobsCreated", "must be 0 to 1,000,000"));
    }
    money(v, "totalProjectCost", totalProjectCost, false);
    money(v, "federalAmountRequested", federalAmountRequested, true);
    money(v, "costShareCash", costShareCash, false);
    money(v, "costShareInKind", costShareInKind, false);
    if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
      v.add(new Violation("endDate", "must be after the start date"));
    }
    for (int i = 0; i < permits.size(); i++) {
      PlannedPermit p = permits.get(i);
      if (p.type() == null) {
        v.add(new Violation("permits[" + i + "].type", "is required"));
      }
      maxLength(v, "permits[" + i + "].agency", p.agency(), TEXT_MAX);
    }
    Set<BudgetCategory> seen = EnumSet.noneOf(BudgetCategory.class);
    for (int i = 0; i < budget.size(); i++) {
      BudgetLine line = budget.get(i);
      if (line.category() == null) {
        v.add(new Violation("budget[" + i + "].category", "is required"));
      } else if (!seen.add(line.category())) {
        v.add(new Violation("budget[" + i + "].category", line.category() + " appears twice"));
      }
      if (line.amount() == null) {
        v.add(new Violation("budget[" + i + "].amount", "is required"));
      } else {
        money(v, "budget[" + i + "].amount", line.amount(), false);
      }
    }
    return v;
  }

  /** Rules a submission adds: everything required is there and the money adds up. */
  public List<Violation> completenessViolations() {
    List<Violation> v = new ArrayList<>();
    required(v, "title", title);
    required(v, "summary", summary);
    required(v, "topicArea", topicArea);
    if (minerals.isEmpty()) {
      v.add(new Violation("minerals", "name at least one critical mineral"));
    }
    required(v, "site.state", site.state());
    required(v, "site.county", site.county());
    required(v, "site.latitude", site.latitude());
    required(v, "site.longitude", site.longitude());
    required(v, "projectStage", projectStage);
    required(v, "capacityTonnesPerYear", capacityTonnesPerYear);
    required(v, "jobsCreated", jobsCreated);
    required(v, "totalProjectCost", totalProjectCost);
    required(v, "federalAmountRequested", federalAmountRequested);
    required(v, "costShareCash", costShareCash);
    required(v, "costShareInKind", costShareInKind);
    required(v, "startDate", startDate);
    required(v, "endDate", endDate);
    if (totalProjectCost != null
        && federalAmountRequested != null
        && costShareCash != null
        && costShareInKind != null) {
      BigDecimal sum = federalAmountRequested.add(costShareCash).add(costShareInKind);
      if (sum.compareTo(totalProjectCost) != 0) {
        v.add(
            new Violation(
                "totalProjectCost",
                "must equal the federal amount plus cost share ("
                    + Money.of(sum)
                    + "); it is "
                    + Money.of(totalProjectCost)));
      }
    }
    if (budget.isEmpty()) {
      v.add(new Violation("budget", "give the budget by category"));
    } else if (totalProjectCost != null && budget.stream().allMatch(l -> l.amount() != null)) {
      BigDecimal sum =
          budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(totalProjectCost) != 0) {
        v.add(
            new Violation(
                "budget",
                "categories add up to "
                    + Money.of(sum)
                    + ", not the total project cost "
                    + Money.of(totalProjectCost)));
      }
    }
    return v;
  }

  /** Non-federal share of the total project cost in percent (two decimals), if known. */
  public BigDecimal costSharePercent() {
    if (totalProjectCost == null
        || totalProjectCost.signum() == 0
        || costShareCash == null
        || costShareInKind == null) {
      return null;
    }
    return costShareCash
        .add(costShareInKind)
        .multiply(HUNDRED)
        .divide(totalProjectCost, 2, java.math.RoundingMode.DOWN);
  }

  private void siteViolations(List<Violation> v) {
    if (site.state() != null && site.state().length() != 2) {
      v.add(new Violation("site.state", "must be a two-letter state code such as NV"));
    } else if (site.state() != null && !UsGeography.isState(site.state())) {
      v.add(new Violation("site.state", site.state() + " is not a US state, DC or Puerto Rico"));
    }
    maxLength(v, "site.county", site.county(), 100);
    if (site.latitude() != null
        && (site.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
            || site.latitude().stripTrailingZeros().scale() > 6)) {
      v.add(new Violation("site.latitude", "must be between -90 and 90, with at most 6 decimals"));
    }
    if (site.longitude() != null
        && (site.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0
            || site.longitude().stripTrailingZeros().scale() > 6)) {
      v.add(
          new Violation("site.longitude", "must be between -180 and 180, with at most 6 decimals"));
    }
    if (site.latitude() != null
        && site.longitude() != null
        && site.state() != null
        && UsGeography.isState(site.state())
        && v.stream().noneMatch(x -> x.field().startsWith("site.l"))
        && !UsGeography.within(site.state(), site.latitude(), site.longitude())) {
      v.add(
          new Violation(
              "site.latitude",
              "must lie in "
                  + UsGeography.STATES.get(site.state())
                  + ": "
                  + site.latitude().toPlainString()
                  + ", "
                  + site.longitude().toPlainString()
                  + " does not"));
    }
  }

  private static void money(List<Violation> v, String field, BigDecimal amount, boolean positive) {
    if (amount == null) {
      return;
    }
    if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
      v.add(new Violation(field, positive ? "must be more than zero" : "must not be negative"));
    } else if (!Money.isCents(amount)) {
      v.add(new Violation(field, "must be in whole cents"));
    } else if (amount.compareTo(PROGRAM_AUTHORITY) > 0) {
      v.add(new Violation(field, "must not exceed the program's US$12 billion"));
    }
  }

  private static void maxLength(List<Violation> v, String field, String text, int max) {
    if (text != null && text.length() > max) {
      v.add(new Violation(field, "must be at most " + max + " characters"));
    }
  }

  private static void required(List<Violation> v, String field, Object value) {
    if (value == null) {
      v.add(new Violation(field, "is required"));
    }
  }

  private static String trimToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
