package org.lodestone.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.lodestone.review.application.ReviewBoards;
import org.lodestone.review.domain.Review;

/** One application on an opportunity's review board. */
public record BoardView(
    long applicationId,
    String number,
    String title,
    String stage,
    long submitted,
    int reviewersRequired,
    long late,
    BigDecimal spread,
    BigDecimal consensusScore,
    List<Reviewer> reviewers) {

  public record Reviewer(
      String username, String status, Instant due, boolean late, BigDecimal weightedTotal) {}

  static BoardView of(ReviewBoards.BoardRow row) {
    Instant now = Instant.now();
    return new BoardView(
        row.application().id(),
        row.application().number(),
        row.application().details().title(),
        row.stage(),
        row.submitted(),
        row.evaluation().reviewersRequired(),
        row.late(),
        row.evaluation().spread(),
        row.evaluation().consensusScore(),
        row.reviews().stream()
            .map(
                (Review r) ->
                    new Reviewer(
                        r.reviewer(),
                        r.status().name(),
                        r.dueAt(),
                        r.lateAt(now),
                        r.weightedTotal()))
            .toList());
  }
}
