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
import org.lodestone.program.domain.OpportunityTerms;
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
            new OpportunityTerms(
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
                3),
            Set.of("LITHIUM"));
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

  static final Set<String> MINERALS = Set.of("LITHIUM", "COBALT");
  static final Set<AttachmentKind> ATTACHED = AttachmentKind.REQUIRED;

  static ApplicationDetails complete() {
    return complete("Brine project", "2500000.00");
  }

  /** A complete application whose money adds up: federal + 50% cost share = total = budget. */
  static ApplicationDetails complete(String title, String federal) {
    BigDecimal federalAmount = new BigDecimal(federal);
    BigDecimal total = federalAmount.multiply(BigDecimal.valueOf(2));
    return new ApplicationDetails(
        title,
        "Lithium from brine.",
        TopicArea.EXTRACTION,
        Set.of("LITHIUM"),
        new Site("NV", "Esmeralda", new BigDecimal("37.7644"), new BigDecimal("-117.6361")),
        ProjectStage.FEASIBILITY,
        new BigDecimal("10000"),
        120,
        total,
        federalAmount,
        federalAmount.subtract(new BigDecimal("100000")),
        new BigDecimal("100000"),
        LocalDate.of(2027, 6, 1),
        LocalDate.of(2030, 5, 31),
        List.of(
            new PlannedPermit(
                PermitType.STATE_MINING, "Nevada Division of Minerals", LocalDate.of(2027, 9, 1))),
        List.of(
            new BudgetLine(BudgetCategory.EQUIPMENT, total.subtract(new BigDecimal("500000"))),
            new BudgetLine(BudgetCategory.PERSONNEL, new BigDecimal("500000"))));
  }

  private Application draft(ApplicationDetails details) {
    return new Application("APP-2027-000001", 3L, 7L, "alice", NOW, details, true, MINERALS);
  }

  @Test
  void newApplicationIsADraftWhateverIsMissing() {
    Application a = draft(ApplicationDetails.brief(null, null, null));
    assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void submittingACompleteDraftOfAnOpenOpportunity() {
    Application a = draft(complete());

    boolean resubmission = a.submit(opportunity, TODAY, NOW, ATTACHED);

    assertThat(resubmission).isFalse();
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(a.submittedAt()).isEqualTo(NOW);
  }

  @Test
  void submittingListsEveryMissingFieldAtOnceAndStaysADraft() {
    Application a = draft(ApplicationDetails.brief("Only a title", null, null));

    assertThatThrownBy(() -> a.submit(opportunity, TODAY, NOW, Set.of()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains(
                        "summary",
                        "topicArea",
                        "minerals",
                        "site.state",
                        "site.latitude",
                        "projectStage",
                        "federalAmountRequested",
                        "totalProjectCost",
                        "startDate",
                        "budget",
                        "attachments")
                    .doesNotContain("title"));
    assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void anOpportunityThatIsClosedOrNotYetOpenRefusesSubmission() {
    Application late = draft(complete());
    assertThatThrownBy(
            () ->
                late.submit(
                    opportunity(TODAY.minusDays(30), TODAY.minusDays(1)), TODAY, NOW, ATTACHED))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("opportunityId"));
    Application early = draft(complete());
    assertThatThrownBy(
            () ->
                early.submit(
                    opportunity(TODAY.plusDays(1), TODAY.plusDays(30)), TODAY, NOW, ATTACHED))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void theCloseDateItselfStillAcceptsSubmissions() {
    Application a = draft(complete());
    a.submit(opportunity(TODAY.minusDays(30), TODAY), TODAY, NOW, ATTACHED);
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void malformedValuesAreRefusedEvenInADraft() {
    assertThatThrownBy(
            () -> draft(ApplicationDetails.brief("x".repeat(201), null, new BigDecimal("-1"))))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("title", "federalAmountRequested"));
    assertThatThrownBy(() -> draft(ApplicationDetails.brief("t", null, new BigDecimal("1.001"))))
        .hasMessageContaining("whole cents");
    assertThatThrownBy(
            () -> draft(ApplicationDetails.brief("t", null, new BigDecimal("12000000000.01"))))
        .hasMessageContaining("12 billion");
  }

  @Test
  void moneyIsKeptAtScaleTwo() {
    Application a = draft(ApplicationDetails.brief("t", null, new BigDecimal("2500000")));
    assertThat(a.details().federalAmountRequested()).isEqualByComparingTo("2500000").hasScaleOf(2);
  }

  @Test
  void submittingTwiceIsAConflict() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW, ATTACHED);

    assertThatThrownBy(() -> a.submit(opportunity, TODAY, NOW, ATTACHED))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("SUBMITTED");
  }

  @Test
  void screeningOutcomes() {
    Application accepted = draft(complete());
    accepted.submit(opportunity, TODAY, NOW, ATTACHED);
    accepted.acceptForReview();
    assertThat(accepted.status()).isEqualTo(ApplicationStatus.IN_REVIEW);

    Application rejected = draft(complete());
    rejected.submit(opportunity, TODAY, NOW, ATTACHED);
    rejected.rejectAsIneligible("Not a critical mineral");
    assertThat(rejected.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
    assertThat(rejected.statusReason()).isEqualTo("Not a critical mineral");
  }

  @Test
  void returningOrRejectingNeedsAReason() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW, ATTACHED);

    assertThatThrownBy(() -> a.returnForCorrection("  "))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> a.rejectAsIneligible(null)).isInstanceOf(RuleViolationException.class);
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void aReturnedApplicationCanBeRevisedAndResubmittedAfterTheCloseDate() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW, ATTACHED);
    a.returnForCorrection("Add the budget justification");
    a.revise(complete("Brine project v2", "2000000"), true, MINERALS);

    boolean resubmission = a.submit(opportunity, TODAY.plusDays(60), NOW, ATTACHED);

    assertThat(resubmission).isTrue();
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(a.statusReason()).isNull();
  }

  @Test
  void onlyDraftsAndReturnedApplicationsCanBeRevised() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW, ATTACHED);

    assertThatThrownBy(() -> a.revise(complete(), true, MINERALS))
        .isInstanceOf(StateConflictException.class);
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
    a.submit(opportunity, TODAY, NOW, ATTACHED);
    assertThatThrownBy(a::withdrawForMissedDeadline).isInstanceOf(StateConflictException.class);

    a.returnForCorrection("Fix it");
    a.withdrawForMissedDeadline();

    assertThat(a.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void submissionNeedsTheTwoRequiredDocumentsAndTheOwnershipCertification() {
    Application uncertified =
        new Application("APP-2027-000002", 3L, 7L, "alice", NOW, complete(), false, MINERALS);

    assertThatThrownBy(
            () ->
                uncertified.submit(
                    opportunity, TODAY, NOW, Set.of(AttachmentKind.TECHNICAL_VOLUME)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::message)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "attachments", "attach the budget justification (PDF)"),
                        org.assertj.core.groups.Tuple.tuple(
                            "ownershipCertified",
                            "certify that the organization's ownership and control are stated completely and truly")));
  }

  @Test
  void eligibilityReasonsCloseTheApplicationAsIneligible() {
    Application eligible = draft(complete());
    eligible.submit(opportunity, TODAY, NOW, ATTACHED);
    eligible.recordEligibility(List.of());
    assertThat(eligible.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(eligible.eligible()).isTrue();

    Application ineligible = draft(complete());
    ineligible.submit(opportunity, TODAY, NOW, ATTACHED);
    ineligible.recordEligibility(List.of("Below the minimum award.", "Cost share too low."));
    assertThat(ineligible.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
    assertThat(ineligible.eligibilityReasons()).hasSize(2);
    assertThat(ineligible.statusReason()).isEqualTo("Below the minimum award. Cost share too low.");
  }

  @Test
  void resubmissionKeepsTheFirstSubmissionTime() {
    Application a = draft(complete());
    a.submit(opportunity, TODAY, NOW, ATTACHED);
    a.returnForCorrection("fix");
    a.submit(opportunity, TODAY, NOW.plusSeconds(3600), ATTACHED);
    assertThat(a.firstSubmittedAt()).isEqualTo(NOW);
    assertThat(a.submittedAt()).isEqualTo(NOW.plusSeconds(3600));
  }

  @Test
  void aStaleVersionIsAConflict() {
    Application a = draft(complete());
    a.requireVersion(0);
    assertThatThrownBy(() -> a.requireVersion(3)).isInstanceOf(StateConflictException.class);
  }
}
