package org.lodestone.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.lodestone.review.domain.Evaluation;
import org.lodestone.review.domain.NepaClass;
import org.lodestone.review.domain.Review;
import org.lodestone.review.domain.RiskRating;
import org.lodestone.review.domain.SelectionDecision;
import org.lodestone.shared.SubjectKind;
import org.lodestone.workflow.inbox.MaxLength;
import org.lodestone.workflow.inbox.Required;
import org.lodestone.workflow.inbox.TaskCatalogue;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.TaskType;

/** The work of merit review and selection, each with the command that completes it. */
public enum ReviewTasks implements TaskType {
  ASSIGN_REVIEWERS(
      "Reviewer assignment",
      AssignReviewers.class,
      ReviewProcess.TASK_ASSIGN,
      ReviewProcess.TASK_REPLACE),
  DECLARE_CONFLICT(
      "Conflict-of-interest declaration", DeclareConflict.class, ReviewProcess.TASK_DECLARE),
  SCORE_APPLICATION("Merit review scoring", ScoreApplication.class, ReviewProcess.TASK_SCORE),
  RECONCILE_SCORES("Score reconciliation", ReconcileScores.class, ReviewProcess.TASK_RECONCILE),
  ENVIRONMENTAL_SCREENING(
      "Environmental (NEPA) screening",
      ScreenEnvironment.class,
      ReviewProcess.TASK_SCREEN_ENVIRONMENT),
  RISK_REVIEW("Risk review", RateRisk.class, ReviewProcess.TASK_REVIEW_RISK),
  SELECT_APPLICATION("Selection decision", DecideSelection.class, ReviewProcess.TASK_SELECT);

  private final Definition definition;

  ReviewTasks(String label, Class<? extends TaskCommand> command, String... steps) {
    this.definition = Definition.of(label, SubjectKind.APPLICATION, command, steps);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * A reviewer's declaration and scores are reminded and escalated by the merit review's timers.
   */
  @Override
  public boolean escalatesByItself() {
    return this == DECLARE_CONFLICT || this == SCORE_APPLICATION;
  }

  /** The reviewers (usernames) to assign; one for a replacement. */
  public record AssignReviewers(@Required List<String> reviewers) implements TaskCommand {}

  public record DeclareConflict(
      @Required Boolean conflict, @MaxLength(Review.TEXT_MAX) String explanation)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(ReviewProcess.CONFLICT, conflict);
    }
  }

  /** A score from 1 to 5 for each criterion code (the domain checks the range and the codes). */
  public record ScoreApplication(
      Map<String, Integer> scores, @MaxLength(Review.COMMENTS_MAX) String comments)
      implements TaskCommand {}

  public record ReconcileScores(
      @Required BigDecimal consensusScore, @MaxLength(Evaluation.TEXT_MAX) String rationale)
      implements TaskCommand {}

  public record ScreenEnvironment(
      @Required NepaClass nepaClass, @MaxLength(Evaluation.TEXT_MAX) String notes)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(ReviewProcess.NEPA_CLASS, nepaClass.name());
    }
  }

  public record RateRisk(@Required RiskRating rating, @MaxLength(Evaluation.TEXT_MAX) String notes)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(ReviewProcess.RISK_RATING, rating.name());
    }
  }

  public record DecideSelection(
      @Required SelectionDecision decision, @MaxLength(Evaluation.TEXT_MAX) String justification)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(ReviewProcess.SELECTION_DECISION, decision.name());
    }
  }

  /** Review's entry in the inbox. */
  @ApplicationScoped
  public static class Catalogue implements TaskCatalogue {
    @Override
    public List<ReviewTasks> taskTypes() {
      return List.of(values());
    }
  }
}
