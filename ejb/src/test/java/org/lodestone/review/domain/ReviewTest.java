package org.lodestone.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

class ReviewTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final List<EvaluationCriterion> CRITERIA =
      List.of(
          new EvaluationCriterion("TECHNICAL_MERIT", "Technical merit", 40),
          new EvaluationCriterion("SUPPLY_CHAIN_IMPACT", "Supply-chain impact", 30),
          new EvaluationCriterion("TEAM_AND_RESOURCES", "Team", 20),
          new EvaluationCriterion("COMMUNITY_BENEFITS", "Community", 10));
  private static final Map<String, Integer> SCORES =
      Map.of(
          "TECHNICAL_MERIT",
          4,
          "SUPPLY_CHAIN_IMPACT",
          5,
          "TEAM_AND_RESOURCES",
          3,
          "COMMUNITY_BENEFITS",
          2);

  private static Review scoring() {
    Review review = new Review(41, "rita", NOW, NOW.plus(Duration.ofDays(14)));
    review.declare(false, null, NOW);
    return review;
  }

  @Test
  void weightedTotalIsEachScoresShareOfFiveTimesItsWeight() {
    Review review = scoring();

    review.submit(SCORES, "Strong supply-chain case.", CRITERIA, NOW);

    // (4*40 + 5*30 + 3*20 + 2*10) / 5 = 390 / 5 = 78
    assertThat(review.weightedTotal()).isEqualByComparingTo("78.00");
    assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
  }

  @Test
  void allFivesGiveOneHundredAndAllOnesTwenty() {
    assertThat(
            Review.weightedTotal(
                Map.of(
                    "TECHNICAL_MERIT",
                    5,
                    "SUPPLY_CHAIN_IMPACT",
                    5,
                    "TEAM_AND_RESOURCES",
                    5,
                    "COMMUNITY_BENEFITS",
                    5),
                CRITERIA))
        .isEqualByComparingTo("100");
    assertThat(
            Review.weightedTotal(
                Map.of(
                    "TECHNICAL_MERIT",
                    1,
                    "SUPPLY_CHAIN_IMPACT",
                    1,
                    "TEAM_AND_RESOURCES",
                    1,
                    "COMMUNITY_BENEFITS",
                    1),
                CRITERIA))
        .isEqualByComparingTo("20");
  }

  @Test
  void outOfRangeMissingAndUnknownCriteriaAreAllNamed() {
    Review review = scoring();

    assertThatThrownBy(
            () ->
                review.submit(
                    Map.of(
                        "TECHNICAL_MERIT",
                        6,
                        "SUPPLY_CHAIN_IMPACT",
                        0,
                        "TEAM_AND_RESOURCES",
                        3,
                        "PRICE",
                        4),
                    "",
                    CRITERIA,
                    NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "scores.TECHNICAL_MERIT",
                        "scores.SUPPLY_CHAIN_IMPACT",
                        "scores.COMMUNITY_BENEFITS",
                        "scores.PRICE",
                        "comments"));
    assertThat(review.status()).isEqualTo(ReviewStatus.SCORING);
    assertThat(review.scores()).isEmpty();
  }

  @Test
  void scoresCannotBeSubmittedBeforeTheConflictDeclaration() {
    Review review = new Review(41, "rita", NOW, NOW.plus(Duration.ofDays(14)));

    assertThatThrownBy(() -> review.submit(SCORES, "ok", CRITERIA, NOW))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("Awaiting conflict declaration");
  }

  @Test
  void aConflictNeedsAnExplanationAndEndsTheReviewersPart() {
    Review review = new Review(41, "rita", NOW, NOW.plus(Duration.ofDays(14)));

    assertThatThrownBy(() -> review.declare(true, " ", NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("explanation"));
    review.declare(true, "Former employer of mine.", NOW);

    assertThat(review.status()).isEqualTo(ReviewStatus.CONFLICTED);
    assertThat(review.status().active()).isFalse();
    assertThatThrownBy(() -> review.declare(false, null, NOW))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void aReviewerRemovedAfterEscalationCannotScoreAnyMore() {
    Review review = scoring();
    review.removeAfterEscalation("deadline passed");

    assertThatThrownBy(() -> review.submit(SCORES, "late", CRITERIA, NOW))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("escalated")
        .hasMessageContaining("removed");
    assertThat(review.status().active()).isFalse();
  }

  @Test
  void aSubmittedReviewCannotBeEscalated() {
    Review review = scoring();
    review.submit(SCORES, "fine", CRITERIA, NOW);

    assertThatThrownBy(() -> review.removeAfterEscalation("late"))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void anOpenReviewIsLateOnlyAfterItsDeadline() {
    Review review = scoring();

    assertThat(review.lateAt(NOW.plus(Duration.ofDays(13)))).isFalse();
    assertThat(review.lateAt(NOW.plus(Duration.ofDays(15)))).isTrue();
    review.submit(SCORES, "fine", CRITERIA, NOW);
    assertThat(review.lateAt(NOW.plus(Duration.ofDays(15)))).isFalse();
  }
}
