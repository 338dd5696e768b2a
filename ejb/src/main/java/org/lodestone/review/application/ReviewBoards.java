package org.lodestone.review.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.review.domain.Evaluation;
import org.lodestone.review.domain.Review;
import org.lodestone.review.domain.SelectionDecision;
import org.lodestone.review.infrastructure.EvaluationRepository;
import org.lodestone.shared.Money;

/**
 * What agency staff read of an opportunity's review: the selecting official's ranked slate and the
 * program officer's review board. Applications come through intake's service.
 */
@Stateless
public class ReviewBoards {

  @Inject private EvaluationRepository evaluationRepository;
  @Inject private SelectionService selection;
  @Inject private ReviewService reviews;
  @Inject private ApplicationService applications;
  @Inject private OpportunityService opportunities;

  /**
   * The ranked slate of an opportunity: every application in or past merit review, best consensus
   * first, with the funds that would remain as each undecided one is selected in that order.
   */
  @RolesAllowed({"SELECTING_OFFICIAL", "PROGRAM_OFFICER", "AUDITOR", "ADMIN"})
  public Slate slate(long opportunityId) {
    FundingOpportunity opportunity = opportunities.get(opportunityId);
    Money committed = selection.committed(opportunityId);
    Money remaining = opportunity.fundsAvailable().minus(committed);
    List<Object[]> rows = new ArrayList<>(evaluationsWithApplications(opportunityId));
    rows.sort(
        Comparator.comparing(
                (Object[] r) -> ((Evaluation) r[0]).consensusScore(),
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> ((Evaluation) r[0]).requestedAmount()));
    List<SlateEntry> entries = new ArrayList<>();
    Money running = remaining;
    for (Object[] row : rows) {
      Evaluation evaluation = (Evaluation) row[0];
      Money after = null;
      if (!evaluation.decided() && evaluation.readyForSelection()) {
        after = running.minus(evaluation.requestedAmount());
        if (!after.isNegative()) {
          running = after;
        }
      }
      entries.add(new SlateEntry(entries.size() + 1, evaluation, (Application) row[1], after));
    }
    return new Slate(opportunity, opportunity.fundsAvailable(), committed, remaining, entries);
  }

  /** An opportunity's funds and its ranked applications. */
  public record Slate(
      FundingOpportunity opportunity,
      Money fundsAvailable,
      Money selectedAmount,
      Money remaining,
      List<SlateEntry> entries) {}

  /**
   * One application on the slate; {@code remainingIfSelected} is what would be left if it and every
   * undecided one ranked above it that fits were selected (null when it is decided or not ready;
   * negative when it would not fit).
   */
  public record SlateEntry(
      int rank, Evaluation evaluation, Application application, Money remainingIfSelected) {

    public boolean fits() {
      return remainingIfSelected != null && !remainingIfSelected.isNegative();
    }
  }

  /**
   * The review board of an opportunity: each application in or past merit review with its reviews
   * (who is late, who conflicted), spread and progress, most advanced first.
   */
  @RolesAllowed({"PROGRAM_OFFICER", "SELECTING_OFFICIAL", "AUDITOR", "ADMIN"})
  public List<BoardRow> board(long opportunityId) {
    return evaluationsWithApplications(opportunityId).stream()
        .map(
            r ->
                new BoardRow(
                    (Evaluation) r[0], (Application) r[1], reviews.all(((Application) r[1]).id())))
        .toList();
  }

  /** One application on the review board. */
  public record BoardRow(Evaluation evaluation, Application application, List<Review> reviews) {

    public long submitted() {
      return reviews.stream().filter(Review::submitted).count();
    }

    public long late() {
      Instant now = Instant.now();
      return reviews.stream().filter(r -> r.lateAt(now)).count();
    }

    /** Where the application stands in review, in a few words. */
    public String stage() {
      Evaluation e = evaluation;
      long taking = reviews.stream().filter(r -> r.status().active()).count();
      if (e.decided()) {
        return e.decision() == SelectionDecision.SELECT ? "Selected" : "Declined";
      }
      if (taking < e.reviewersRequired()) {
        return reviews.isEmpty() ? "Awaiting reviewer assignment" : "Replacement reviewer needed";
      }
      if (submitted() < e.reviewersRequired()) {
        return "In review: " + submitted() + " of " + e.reviewersRequired() + " submitted";
      }
      if (e.reconciliationPending()) {
        return "Reconciliation needed";
      }
      if (!e.readyForSelection()) {
        return "Awaiting "
            + (e.nepaClass() == null ? "environmental screening" : "")
            + (e.nepaClass() == null && e.riskRating() == null ? " and " : "")
            + (e.riskRating() == null ? "risk review" : "");
      }
      return "Ready for selection";
    }
  }

  /** The evaluations of an opportunity, each with its application, in application order. */
  private List<Object[]> evaluationsWithApplications(long opportunityId) {
    List<Evaluation> evaluations = evaluationRepository.ofOpportunity(opportunityId);
    Map<Long, Application> byId =
        applications
            .requireAll(evaluations.stream().map(Evaluation::applicationId).toList())
            .stream()
            .collect(Collectors.toMap(Application::id, Function.identity()));
    return evaluations.stream().map(e -> new Object[] {e, byId.get(e.applicationId())}).toList();
  }
}
