package org.lodestone.award.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.program.domain.Instrument;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

/** The award's life: preparation, signature, acceptance, go/no-go, conditions and amendments. */
class AwardTest {

  private static final Instant NOW = Instant.parse("2027-05-01T14:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2027-05-01");
  private static final BigDecimal MIN = new BigDecimal("50");
  private static final Money FUNDS = Money.of("100000000");

  static AwardTerms terms(String obligated, String second) {
    return new AwardTerms(
        Money.of(obligated),
        new BigDecimal("50"),
        LocalDate.parse("2027-06-01"),
        LocalDate.parse("2030-05-31"),
        PaymentMethod.REIMBURSEMENT,
        null,
        List.of(
            new BudgetPeriodTerms(
                1,
                LocalDate.parse("2027-06-01"),
                LocalDate.parse("2028-12-31"),
                Money.of("10000000")),
            new BudgetPeriodTerms(
                2, LocalDate.parse("2029-01-01"), LocalDate.parse("2030-05-31"), Money.of(second))),
        List.of(
            new MilestoneTerms(
                null,
                "Pilot plant",
                "Report",
                1,
                LocalDate.parse("2028-06-30"),
                Money.of("6000000"),
                List.of(),
                true)));
  }

  static Award draft() {
    return new Award(
        "AWD-2027-000001",
        1,
        2,
        3,
        Instrument.COOPERATIVE_AGREEMENT,
        terms("25000000", "15000000"),
        NOW);
  }

  static Award active() {
    Award award = draft();
    award.prepare(MIN, FUNDS, Set.of(), "olivia", NOW);
    award.sign(true, null, "sam", NOW);
    award.accept(true, "alice", NOW);
    return award;
  }

  @Test
  void termsThatBreakRulesCannotBeSentForSignatureAndStayADraft() {
    Award award =
        new Award("AWD-2027-000002", 1, 2, 3, Instrument.GRANT, terms("25000000", "12000000"), NOW);
    assertThatThrownBy(() -> award.prepare(MIN, Money.of("20000000"), Set.of(), "olivia", NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains("obligatedAmount", "budgetPeriods"));
    assertThat(award.status()).isEqualTo(AwardStatus.DRAFT);
  }

  @Test
  void thePreparerNeverSignsAndAReturnNeedsAReason() {
    Award award = draft();
    award.prepare(MIN, FUNDS, Set.of(), "olivia", NOW);
    assertThatThrownBy(() -> award.sign(true, null, "olivia", NOW))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("someone else must sign");
    assertThatThrownBy(() -> award.sign(false, " ", "sam", NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("reason");
    award.sign(false, "Split period 2", "sam", NOW);
    assertThat(award.status()).isEqualTo(AwardStatus.DRAFT);
    assertThat(award.returnedReason()).isEqualTo("Split period 2");
    assertThat(award.preparedBy()).isNull();
  }

  @Test
  void acceptanceNeedsTheFeocCertificationAndAuthorizesTheFirstBudgetPeriod() {
    Award award = draft();
    award.prepare(MIN, FUNDS, Set.of(), "olivia", NOW);
    award.sign(true, null, "sam", NOW);
    assertThatThrownBy(() -> award.accept(false, "alice", NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("feocCertified");
    assertThat(award.status()).isEqualTo(AwardStatus.AWAITING_ACCEPTANCE);
    award.accept(true, "alice", NOW);
    assertThat(award.status()).isEqualTo(AwardStatus.ACTIVE);
    assertThat(award.budgetPeriods())
        .extracting(BudgetPeriod::status)
        .containsExactly(BudgetPeriodStatus.AUTHORIZED, BudgetPeriodStatus.PENDING);
    assertThat(award.termsVersion()).isEqualTo(1);
    assertThat(award.versions()).hasSize(1);
    assertThat(award.versions().get(0).terms()).isEqualTo(award.terms());
  }

  @Test
  void aDeclineWithdrawsTheAwardWithItsReason() {
    Award award = draft();
    award.prepare(MIN, FUNDS, Set.of(), "olivia", NOW);
    award.sign(true, null, "sam", NOW);
    assertThatThrownBy(() -> award.decline(null, "alice"))
        .isInstanceOf(RuleViolationException.class);
    award.decline("Financing fell through", "alice");
    assertThat(award.status()).isEqualTo(AwardStatus.WITHDRAWN);
    assertThat(award.status().pending()).isFalse();
    assertThat(award.status().obligated()).isFalse();
  }

  @Test
  void onlyADraftsTermsChangeAndOnlyFromTheVersionLastRead() {
    Award award = draft();
    assertThatThrownBy(() -> award.revise(terms("25000000", "15000000"), award.version() + 1))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("reload");
    Award signed = active();
    assertThatThrownBy(() -> signed.revise(terms("25000000", "15000000"), signed.version()))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("only a draft");
  }

  @Test
  void malformedTermsAreRefusedEvenInADraft() {
    Award award = draft();
    AwardTerms negative =
        new AwardTerms(
            Money.of("-1"), new BigDecimal("100"), null, null, null, null, List.of(), List.of());
    assertThatThrownBy(() -> award.revise(negative, award.version()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder("obligatedAmount", "costSharePercent"));
    assertThat(award.obligatedAmount()).isEqualTo(Money.of("25000000"));
  }

  @Test
  void goIsImpossibleWhileAWithholdingConditionIsActiveAndAuthorizesTheNextPeriodOnceRemoved() {
    Award award = active();
    SpecialCondition condition =
        award.impose(
            "SC-1",
            new ConditionTerms(
                ConditionEffect.WITHHOLD_NEXT_PHASE,
                "Bond missing",
                "Post the bond",
                TODAY.plusDays(30)),
            "olivia",
            NOW,
            TODAY);
    assertThatThrownBy(() -> award.decideGoNoGo(true, "Met", "olivia"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("SC-1")
        .hasMessageContaining("WITHHOLD_NEXT_PHASE");
    condition.submitCure("Bond posted", List.of(), "alice", NOW);
    condition.decideCure(false, "Receipt unsigned", "olivia");
    assertThat(condition.status()).isEqualTo(ConditionStatus.ACTIVE);
    condition.submitCure("Signed receipt", List.of(4L), "alice", NOW);
    condition.decideCure(true, "Bond posted", "olivia");
    assertThat(condition.status()).isEqualTo(ConditionStatus.REMOVED);
    assertThat(condition.cureDocumentIds()).containsExactly(4L);
    award.decideGoNoGo(true, "Milestone met", "olivia");
    assertThat(award.budgetPeriods())
        .extracting(BudgetPeriod::status)
        .containsExactly(BudgetPeriodStatus.ENDED, BudgetPeriodStatus.AUTHORIZED);
    assertThatThrownBy(() -> award.decideGoNoGo(true, "Again", "olivia"))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("the last");
  }

  @Test
  void noGoEndsTheAwardAndAJustificationIsRequired() {
    Award award = active();
    assertThatThrownBy(() -> award.decideGoNoGo(false, "", "olivia"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("justification");
    award.decideGoNoGo(false, "Pilot failed", "olivia");
    assertThat(award.status()).isEqualTo(AwardStatus.TERMINATED);
    assertThat(award.budgetPeriods().get(0).status()).isEqualTo(BudgetPeriodStatus.NO_GO);
  }

  @Test
  void aConditionNeedsAnEffectReasonCureAndAFutureDeadline() {
    Award award = active();
    assertThatThrownBy(
            () ->
                award.impose(
                    "SC-2", new ConditionTerms(null, "", null, TODAY), "olivia", NOW, TODAY))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder("effect", "reason", "cure", "deadline"));
    SpecialCondition c =
        award.impose(
            "SC-3",
            new ConditionTerms(ConditionEffect.ADDITIONAL_REPORTING, "r", "c", TODAY.plusDays(1)),
            "olivia",
            NOW,
            TODAY);
    assertThatThrownBy(() -> c.decideCure(true, "x", "olivia"))
        .isInstanceOf(StateConflictException.class);
    assertThatThrownBy(() -> c.submitCure(" ", List.of(), "alice", NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> c.extend(TODAY.plusDays(1), "more time", TODAY))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("after the current deadline");
    c.extend(TODAY.plusDays(20), "more time", TODAY);
    assertThat(c.deadline()).isEqualTo(TODAY.plusDays(20));
  }

  @Test
  void anApprovedAmendmentMakesTheNextVersionAndReturnsTheChangeOfTheObligation() {
    Award award = active();
    Amendment supplement =
        award.requestAmendment(
            "AMD-1",
            AmendmentType.SUPPLEMENT,
            "Costs grew",
            terms("30000000", "20000000"),
            List.of(),
            "alice",
            NOW);
    assertThatThrownBy(
            () ->
                award.requestAmendment(
                    "AMD-2",
                    AmendmentType.ADMINISTRATIVE,
                    "x",
                    terms("25000000", "15000000"),
                    List.of(),
                    "olivia",
                    NOW))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("already has an amendment");
    assertThatThrownBy(() -> award.decideAmendment(supplement, true, null, "alice", NOW))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("someone else");
    Money change = award.decideAmendment(supplement, true, null, "sam", NOW);
    assertThat(change).isEqualTo(Money.of("5000000"));
    assertThat(award.termsVersion()).isEqualTo(2);
    assertThat(award.obligatedAmount()).isEqualTo(Money.of("30000000"));
    assertThat(award.budgetPeriods().get(0).status()).isEqualTo(BudgetPeriodStatus.AUTHORIZED);
    assertThat(TermsJson.diff(award.versions().get(0).terms(), award.versions().get(1).terms()))
        .extracting(d -> d.get("field"))
        .containsExactly("obligatedAmount", "budgetPeriods[2].amount");
    assertThatThrownBy(() -> award.decideAmendment(supplement, false, "late", "sam", NOW))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void anAmendmentMustDoWhatItsTypeSaysAndARejectionNeedsAReason() {
    Award award = active();
    assertThatThrownBy(
            () ->
                award.requestAmendment(
                    "AMD-3",
                    AmendmentType.SUPPLEMENT,
                    "x",
                    terms("25000000", "15000000"),
                    List.of(),
                    "olivia",
                    NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("change nothing");
    assertThatThrownBy(
            () ->
                award.requestAmendment(
                    "AMD-4",
                    AmendmentType.BUDGET_REALLOCATION,
                    "x",
                    terms("30000000", "20000000"),
                    List.of(),
                    "olivia",
                    NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("use SUPPLEMENT or DEOBLIGATION");
    Amendment deobligation =
        award.requestAmendment(
            "AMD-5",
            AmendmentType.DEOBLIGATION,
            "Scope cut",
            terms("20000000", "10000000"),
            List.of(),
            "olivia",
            NOW);
    assertThatThrownBy(() -> award.decideAmendment(deobligation, false, null, "sam", NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThat(award.decideAmendment(deobligation, false, "Keep the scope", "sam", NOW))
        .isEqualTo(Money.ZERO);
    assertThat(award.termsVersion()).isEqualTo(1);
    assertThat(deobligation.status()).isEqualTo(AmendmentStatus.REJECTED);
  }

  @Test
  void closeoutFollowsTheEndOfPerformanceAndClosingDeobligatesTheBalance() {
    Award award = active();
    assertThatThrownBy(() -> award.close(Money.ZERO, "olivia", NOW))
        .isInstanceOf(org.lodestone.shared.StateConflictException.class);
    award.startCloseout(TODAY.plusDays(120));
    assertThat(award.status()).isEqualTo(AwardStatus.CLOSING);
    assertThat(award.closeoutDueOn()).isEqualTo(TODAY.plusDays(120));
    assertThatThrownBy(() -> award.startCloseout(TODAY))
        .isInstanceOf(org.lodestone.shared.StateConflictException.class);
    assertThatThrownBy(
            () -> award.close(award.obligatedAmount().plus(Money.of("0.01")), "olivia", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    Money undrawn = Money.of("1500000.00");
    award.close(undrawn, "olivia", NOW);
    assertThat(award.status()).isEqualTo(AwardStatus.CLOSED);
    assertThat(award.status().obligated()).isTrue();
    assertThat(award.netObligated()).isEqualTo(award.obligatedAmount().minus(undrawn));
    assertThat(award.closedBy()).isEqualTo("olivia");
  }

  @Test
  void termsSurviveTheirJsonFormExactly() {
    AwardTerms t = terms("25000000.5", "15000000");
    assertThat(TermsJson.read(TermsJson.write(t))).isEqualTo(t);
  }
}
