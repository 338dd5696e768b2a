package org.lodestone.web.api;

import java.math.BigDecimal;
import java.util.List;
import org.lodestone.review.application.ReviewBoards;
import org.lodestone.review.domain.Evaluation;

/** An opportunity's ranked slate for the selecting official. */
public record SlateView(
    long opportunityId,
    String opportunityNumber,
    String fundsAvailable,
    String selectedAmount,
    String remaining,
    List<Entry> items) {

  public record Entry(
      int rank,
      long applicationId,
      String number,
      String title,
      String status,
      BigDecimal consensusScore,
      String requestedAmount,
      String nepaClass,
      String riskRating,
      String decision,
      boolean readyForSelection,
      String remainingIfSelected) {}

  static SlateView of(ReviewBoards.Slate slate) {
    return new SlateView(
        slate.opportunity().id(),
        slate.opportunity().number(),
        Fields.money(slate.fundsAvailable()),
        Fields.money(slate.selectedAmount()),
        Fields.money(slate.remaining()),
        slate.entries().stream()
            .map(
                s -> {
                  Evaluation e = s.evaluation();
                  return new Entry(
                      s.rank(),
                      s.application().id(),
                      s.application().number(),
                      s.application().details().title(),
                      s.application().status().name(),
                      e.consensusScore(),
                      Fields.money(e.requestedAmount()),
                      e.nepaClass() == null ? null : e.nepaClass().name(),
                      e.riskRating() == null ? null : e.riskRating().name(),
                      e.decision() == null ? null : e.decision().name(),
                      e.readyForSelection(),
                      Fields.money(s.remainingIfSelected()));
                })
            .toList());
  }
}
