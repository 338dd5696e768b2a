package org.lodestone.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.review.domain.Evaluation;
import org.lodestone.review.domain.Review;

/**
 * The reviews of an application as the caller may see them, and their consensus. For applicants the
 * reviewers are anonymous and their conflict declarations absent.
 */
public record ReviewsView(List<ReviewView> reviews, ConsensusView consensus, String decision) {

  public record ReviewView(
      String reviewer,
      String status,
      boolean submitted,
      Instant due,
      boolean late,
      Map<String, Integer> scores,
      BigDecimal weightedTotal,
      String comments,
      Instant submittedAt,
      String conflictExplanation) {}

  public record ConsensusView(
      BigDecimal score, BigDecimal spread, boolean reconciliationNeeded, String rationale) {}

  static ReviewsView of(List<Review> reviews, Optional<Evaluation> evaluation, boolean applicant) {
    Instant now = Instant.now();
    List<ReviewView> views = new ArrayList<>();
    for (Review r : reviews) {
      views.add(
          new ReviewView(
              applicant ? "Reviewer " + (views.size() + 1) : r.reviewer(),
              r.status().name(),
              r.submitted(),
              applicant ? null : r.dueAt(),
              !applicant && r.lateAt(now),
              r.submitted() ? r.scores() : null,
              r.weightedTotal(),
              r.comments(),
              r.submittedAt(),
              applicant ? null : r.conflictExplanation()));
    }
    Evaluation e = evaluation.orElse(null);
    boolean showConsensus = e != null && e.spread() != null && (!applicant || e.decided());
    ConsensusView consensus =
        showConsensus
            ? new ConsensusView(
                e.consensusScore(), e.spread(), e.reconciliationPending(), e.consensusRationale())
            : null;
    return new ReviewsView(
        views, consensus, e == null || e.decision() == null ? null : e.decision().name());
  }
}
