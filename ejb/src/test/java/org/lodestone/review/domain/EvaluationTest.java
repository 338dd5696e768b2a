package org.lodestone.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

class EvaluationTest {

  private static final BigDecimal SPREAD = new BigDecimal("25");
  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  private static Evaluation evaluation() {
    return new Evaluation(41, 1, Money.of("25000000.00"), 2);
  }

  private static Evaluation ready() {
    Evaluation e = evaluation();
    e.recordConsensus(List.of(new BigDecimal("78.00"), new BigDecimal("70.00")), SPREAD);
    e.screenEnvironment(NepaClass.EA, null, "pat");
    e.rateRisk(RiskRating.LOW, null, "olivia");
    return e;
  }

  @Test
  void consensusIsTheMeanWhenTheSpreadIsWithinTheLimit() {
    Evaluation e = evaluation();

    boolean reconcile =
        e.recordConsensus(List.of(new BigDecimal("78.00"), new BigDecimal("53.00")), SPREAD);

    assertThat(reconcile).isFalse();
    assertThat(e.spread()).isEqualByComparingTo("25");
    assertThat(e.consensusScore()).isEqualByComparingTo("65.50");
  }

  @Test
  void aSpreadAboveTheLimitNeedsReconciliationWithARationale() {
    Evaluation e = evaluation();

    boolean reconcile =
        e.recordConsensus(List.of(new BigDecimal("90.00"), new BigDecimal("64.99")), SPREAD);

    assertThat(reconcile).isTrue();
    assertThat(e.consensusScore()).isNull();
    assertThat(e.reconciliationPending()).isTrue();
    assertThatThrownBy(() -> e.reconcile(new BigDecimal("101"), " ", "olivia"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            ex ->
                assertThat(ex.violations())
                    .extracting(Violation::field)
                    .containsExactly("consensusScore", "rationale"));
    e.reconcile(new BigDecimal("72.5"), "Panel discussed the water rights risk.", "olivia");
    assertThat(e.consensusScore()).isEqualByComparingTo("72.50");
    assertThat(e.reconciledBy()).isEqualTo("olivia");
  }

  @Test
  void reconcilingScoresThatAgreeIsRefused() {
    Evaluation e = evaluation();
    e.recordConsensus(List.of(new BigDecimal("80"), new BigDecimal("75")), SPREAD);

    assertThatThrownBy(() -> e.reconcile(new BigDecimal("70"), "why", "olivia"))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void aMediumOrHighRiskRatingNeedsNotes() {
    Evaluation e = evaluation();

    assertThatThrownBy(() -> e.rateRisk(RiskRating.HIGH, null, "olivia"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            ex -> assertThat(ex.violations().get(0).field()).isEqualTo("notes"));
    e.rateRisk(RiskRating.HIGH, "Going-concern note in the audited statements.", "olivia");
    assertThat(e.riskRating()).isEqualTo(RiskRating.HIGH);
  }

  @Test
  void selectionWithinTheFundsIsRecorded() {
    Evaluation e = ready();

    e.decide(SelectionDecision.SELECT, "Ranks first.", Money.of("25000000.00"), "sam", NOW);

    assertThat(e.decision()).isEqualTo(SelectionDecision.SELECT);
    assertThat(e.decided()).isTrue();
  }

  @Test
  void selectionBeyondTheFundsIsRefusedWithTheExcess() {
    Evaluation e = ready();

    assertThatThrownBy(
            () ->
                e.decide(
                    SelectionDecision.SELECT, "Ranks first.", Money.of("15000000.00"), "sam", NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            ex -> {
              assertThat(ex.violations().get(0).field()).isEqualTo("decision");
              assertThat(ex.violations().get(0).message()).contains("by $10,000,000.00");
            });
    assertThat(e.decided()).isFalse();
  }

  @Test
  void aDeclineNeedsNoFundsButEitherDecisionNeedsAJustification() {
    Evaluation e = ready();

    assertThatThrownBy(() -> e.decide(SelectionDecision.DECLINE, "", Money.ZERO, "sam", NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            ex -> assertThat(ex.violations().get(0).field()).isEqualTo("justification"));
    e.decide(SelectionDecision.DECLINE, "Below the line.", Money.ZERO, "sam", NOW);
    assertThat(e.decision()).isEqualTo(SelectionDecision.DECLINE);
  }

  @Test
  void noDecisionBeforeConsensusNepaClassAndRiskAndNoSecondDecision() {
    Evaluation e = evaluation();
    e.recordConsensus(List.of(new BigDecimal("80")), SPREAD);

    assertThatThrownBy(
            () -> e.decide(SelectionDecision.SELECT, "Early.", Money.of("1000000000"), "sam", NOW))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("NEPA");

    Evaluation done = ready();
    done.decide(SelectionDecision.DECLINE, "No.", Money.ZERO, "sam", NOW);
    assertThatThrownBy(
            () -> done.decide(SelectionDecision.SELECT, "Yes.", Money.of("1000000000"), "sam", NOW))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("already been declined");
  }
}
