package org.lodestone.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.Violation;

/** Field rules of an application: site, money, budget arithmetic, schedule, permits. */
class ApplicationDetailsTest {

  private static final Set<String> MINERALS = Set.of("LITHIUM", "COBALT");

  private static ApplicationDetails with(
      Site site,
      BigDecimal total,
      BigDecimal federal,
      BigDecimal cash,
      BigDecimal inKind,
      List<BudgetLine> budget) {
    ApplicationDetails c = ApplicationTest.complete();
    return new ApplicationDetails(
        c.title(),
        c.summary(),
        c.topicArea(),
        c.minerals(),
        site,
        c.projectStage(),
        c.capacityTonnesPerYear(),
        c.jobsCreated(),
        total,
        federal,
        cash,
        inKind,
        c.startDate(),
        c.endDate(),
        c.permits(),
        budget);
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void aCompleteApplicationBreaksNoRule() {
    ApplicationDetails d = ApplicationTest.complete();
    assertThat(d.formatViolations(MINERALS)).isEmpty();
    assertThat(d.completenessViolations()).isEmpty();
    assertThat(d.costSharePercent()).isEqualByComparingTo("50.00");
  }

  @Test
  void federalAmountPlusCostShareMustEqualTheTotal() {
    ApplicationDetails d =
        with(
            ApplicationTest.complete().site(),
            new BigDecimal("1000.00"),
            new BigDecimal("600.00"),
            new BigDecimal("300.00"),
            new BigDecimal("99.99"),
            List.of(new BudgetLine(BudgetCategory.OTHER, new BigDecimal("1000.00"))));
    assertThat(d.completenessViolations())
        .extracting(Violation::field, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "totalProjectCost",
                "must equal the federal amount plus cost share (999.99); it is 1000.00"));
  }

  @Test
  void budgetCategoriesMustAddUpToTheTotal() {
    ApplicationDetails d =
        with(
            ApplicationTest.complete().site(),
            new BigDecimal("1000"),
            new BigDecimal("500"),
            new BigDecimal("500"),
            BigDecimal.ZERO,
            List.of(
                new BudgetLine(BudgetCategory.EQUIPMENT, new BigDecimal("600")),
                new BudgetLine(BudgetCategory.TRAVEL, new BigDecimal("399.99"))));
    assertThat(d.completenessViolations())
        .extracting(Violation::message)
        .containsExactly("categories add up to 999.99, not the total project cost 1000.00");
  }

  @Test
  void aBudgetCategoryMayAppearOnceAndNeedsAnAmount() {
    ApplicationDetails d =
        with(
            ApplicationTest.complete().site(),
            null,
            null,
            null,
            null,
            List.of(
                new BudgetLine(BudgetCategory.EQUIPMENT, new BigDecimal("1")),
                new BudgetLine(BudgetCategory.EQUIPMENT, new BigDecimal("2")),
                new BudgetLine(BudgetCategory.TRAVEL, null),
                new BudgetLine(BudgetCategory.SUPPLIES, new BigDecimal("-3"))));
    assertThat(fields(d.formatViolations(MINERALS)))
        .containsExactly("budget[1].category", "budget[2].amount", "budget[3].amount");
  }

  @Test
  void coordinatesInTheOceanOrAnotherStateAreRefused() {
    Site atlantic = new Site("NV", "Esmeralda", new BigDecimal("30.0"), new BigDecimal("-40.0"));
    Site arizona = new Site("NV", "Esmeralda", new BigDecimal("33.45"), new BigDecimal("-112.07"));
    Site silverPeak =
        new Site("NV", "Esmeralda", new BigDecimal("37.7544"), new BigDecimal("-117.6351"));
    BigDecimal t = ApplicationTest.complete().totalProjectCost();
    ApplicationDetails c = ApplicationTest.complete();
    assertThat(
            with(
                    atlantic,
                    t,
                    c.federalAmountRequested(),
                    c.costShareCash(),
                    c.costShareInKind(),
                    c.budget())
                .formatViolations(MINERALS))
        .extracting(Violation::message)
        .containsExactly("must lie in Nevada: 30.0, -40.0 does not");
    assertThat(
            fields(
                with(
                        arizona,
                        t,
                        c.federalAmountRequested(),
                        c.costShareCash(),
                        c.costShareInKind(),
                        c.budget())
                    .formatViolations(MINERALS)))
        .containsExactly("site.latitude");
    assertThat(
            with(
                    silverPeak,
                    t,
                    c.federalAmountRequested(),
                    c.costShareCash(),
                    c.costShareInKind(),
                    c.budget())
                .formatViolations(MINERALS))
        .isEmpty();
  }

  @Test
  void unknownStatesMineralsAndImpossibleCoordinates() {
    ApplicationDetails c = ApplicationTest.complete();
    ApplicationDetails d =
        new ApplicationDetails(
            c.title(),
            c.summary(),
            c.topicArea(),
            Set.of("LITHIUM", "KRYPTONITE"),
            new Site("ZZ", "x", new BigDecimal("91"), new BigDecimal("-181")),
            c.projectStage(),
            new BigDecimal("-1"),
            -5,
            c.totalProjectCost(),
            c.federalAmountRequested(),
            c.costShareCash(),
            c.costShareInKind(),
            LocalDate.of(2030, 1, 1),
            LocalDate.of(2029, 1, 1),
            List.of(new PlannedPermit(null, "x".repeat(201), null)),
            c.budget());
    assertThat(fields(d.formatViolations(MINERALS)))
        .containsExactly(
            "minerals",
            "site.state",
            "site.latitude",
            "site.longitude",
            "capacityTonnesPerYear",
            "jobsCreated",
            "endDate",
            "permits[0].type",
            "permits[0].agency");
  }

  @Test
  void textIsKeptAsTypedAndTrimmed() {
    ApplicationDetails d = ApplicationDetails.brief("  <script>alert(1)</script>  ", " ", null);
    assertThat(d.title()).isEqualTo("<script>alert(1)</script>");
    assertThat(d.summary()).isNull();
  }

  @Test
  void capacityStateAndCoordinatesAreBoundedAndNamedWithoutRepeatingLongInput() {
    ApplicationDetails c = ApplicationTest.complete();
    ApplicationDetails d =
        new ApplicationDetails(
            c.title(),
            c.summary(),
            c.topicArea(),
            c.minerals(),
            new Site(
                "N".repeat(300), "Esmeralda", new BigDecimal("37.1234567"), c.site().longitude()),
            c.projectStage(),
            new BigDecimal("10000000000000"),
            c.jobsCreated(),
            c.totalProjectCost(),
            c.federalAmountRequested(),
            c.costShareCash(),
            c.costShareInKind(),
            c.startDate(),
            c.endDate(),
            c.permits(),
            c.budget());

    List<Violation> violations = d.formatViolations(MINERALS);

    assertThat(fields(violations)).contains("capacityTonnesPerYear", "site.state", "site.latitude");
    assertThat(violations).extracting(Violation::message).noneMatch(m -> m.contains("NNNNN"));
  }
}
