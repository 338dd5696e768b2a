package org.lodestone.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.Instrument;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

class ApplicationTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  private static final Instant NOW = Instant.parse("2027-03-01T15:00:00Z");

  private final FundingOpportunity opportunity =
      opportunity(TODAY.minusDays(10), TODAY.plusDays(10));

  static FundingOpportunity opportunity(LocalDate opens, LocalDate closes) {
    FundingOpportunity o =
        new FundingOpportunity(
            1L,
            "DE-FOA-1",
            "Extraction",
            Instrument.GRANT,
            EnumSet.of(TopicArea.EXTRACTION),
            Set.of("LITHIUM"),
            new BigDecimal("1000000000"),
            new BigDecimal("1000000"),
            new BigDecimal("100000000"),
            new BigDecimal("50"),
            opens,
            closes,
            List.of(new EvaluationCriterion("MERIT", "Merit", 100)),
            3);
    o.publish();
    setId(o, 7L);
    return o;
  }

  private static void setId(FundingOpportunity o, long id) {
    try {
      Field field = FundingOpportunity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(o, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApplicationDetails complete() {
    return new ApplicationDetails(
        "Brine project", "Lithium from brine.", new BigDecimal("2500000.00"));
  }

  private Application draft(ApplicationDetails details) {
    return new Application("APP-2027-000001", 3L, 7L, "alice", NOW, details);
  }

  @Test
  void newApplicationIsADraftWhateverIsMissing() {
    Application a = draft(new ApplicationDetails(null, null, null));
    assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void submittingACompleteDraftOfAnOpenOpportunity() {
    Application a = draft(complete());

    boolean resubmission = a.submit(opportunity, TODAY, NOW);

    assertThat(resubmission).isFalse();
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(a.submittedAt()).isEqualTo(NOW);
  }

  @Test
  void submittingListsEveryMissingFieldAtOnceAndStaysADraft() {
    Application a = draft(new ApplicationDetails("Only a title", null, null));

    assertThatThrownBy(() -> a.submit(opportunity, TODAY, NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("summary", "federalAmountRequested"));
    assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void anOpportunityThatIsClosedOrNotYetOpenRefusesSubmission() {
    Application late = draft(complete());
    assertThatThrownBy(
            () -> late.submit(opportunity(TODAY.minusDays(30), TODAY.minusDays(1)), TODAY, NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("opportunityId"));
    Application early = draft(complete());
    assertThatThrownBy(
            () -> early.submit(opportunity(TODAY.plusDays(1), TODAY.plusDays(30)), TODAY, NOW))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void theCloseDateItselfStillAcceptsSubmissions() {
    Application a = draft(complete());
    a.submit(opportunity(TODAY.minusDays(30), TODAY), TODAY, NOW);
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void malformedValuesAreRefusedEvenInADraft() {
    assertThatThrownBy(
            () -> draft(new ApplicationDetails("x".repeat(201), null, new BigDecimal("-1"))))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("title", "federalAmountRequested"));
    assertThatThrownBy(() -> draft(new ApplicationDetails("t", null, new BigDecimal("1.001"))))
        .hasMessageContaining("whole cents");
    assertThatThrownBy(
            () -> draft(new ApplicationDetails("t", null, new BigDecimal("12000000000.01"))))
        .hasMessageContaining("12 billion");
  }

  @Test
  void moneyIsKeptAtScaleTwo() {
    Application a = draft(new ApplicationDetails("t", null, new BigDecimal("2500000")));
    assertThat(a.details().federalAmountRequested()).isEqualByComparingTo("2500000").hasScaleOf(2);
  }

  @Test
  void submittingTwiceIsAConflict() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW);

    assertThatThrownBy(() -> a.submit(opportunity, TODAY, NOW))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("SUBMITTED");
  }

  @Test
  void screeningOutcomes() {
    Application accepted = draft(complete());
    accepted.submit(opportunity, TODAY, NOW);
    accepted.acceptForReview();
    assertThat(accepted.status()).isEqualTo(ApplicationStatus.IN_REVIEW);

    Application rejected = draft(complete());
    rejected.submit(opportunity, TODAY, NOW);
    rejected.rejectAsIneligible("Not a critical mineral");
    assertThat(rejected.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
    assertThat(rejected.statusReason()).isEqualTo("Not a critical mineral");
  }

  @Test
  void returningOrRejectingNeedsAReason() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW);

    assertThatThrownBy(() -> a.returnForCorrection("  "))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> a.rejectAsIneligible(null)).isInstanceOf(RuleViolationException.class);
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void aReturnedApplicationCanBeRevisedAndResubmittedAfterTheCloseDate() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW);
    a.returnForCorrection("Add the budget justification");
    a.revise(
        new ApplicationDetails(
            "Brine project v2", "Lithium from brine.", new BigDecimal("2000000")));

    boolean resubmission = a.submit(opportunity, TODAY.plusDays(60), NOW);

    assertThat(resubmission).isTrue();
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(a.statusReason()).isNull();
  }

  @Test
  void onlyDraftsAndReturnedApplicationsCanBeRevised() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW);

    assertThatThrownBy(() -> a.revise(complete())).isInstanceOf(StateConflictException.class);
  }

  @Test
  void screeningStepsNeedASubmittedApplication() {
    Application a = draft(complete());
    assertThatThrownBy(a::acceptForReview).isInstanceOf(StateConflictException.class);
    assertThatThrownBy(() -> a.returnForCorrection("r")).isInstanceOf(StateConflictException.class);
  }

  @Test
  void missedCorrectionDeadlineWithdrawsOnlyAReturnedApplication() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW);
    assertThatThrownBy(a::withdrawForMissedDeadline).isInstanceOf(StateConflictException.class);

    a.returnForCorrection("Fix it");
    a.withdrawForMissedDeadline();

    assertThat(a.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void aStaleVersionIsAConflict() {
    Application a = draft(complete());
    a.requireVersion(0);
    assertThatThrownBy(() -> a.requireVersion(3)).isInstanceOf(StateConflictException.class);
  }
}
