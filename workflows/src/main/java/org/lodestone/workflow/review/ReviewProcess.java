package org.lodestone.workflow.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.TaskCommands;
import org.lodestone.workflow.intake.IntakeProcess;

/**
 * The review and selection process (ApplicationReviewProcess.bpmn) and the merit review of one
 * reviewer (MeritReviewProcess.bpmn): their ids, the ids of the elements code refers to, and their
 * variables. Variables that persist hold identifiers, codes and dates; what a person typed (scores,
 * comments, justifications) is passed to the next step as a transient variable and kept by the
 * domain, never by the engine.
 */
public final class ReviewProcess {

  public static final String ID = "ApplicationReviewProcess";
  public static final String MERIT_REVIEW_ID = "MeritReviewProcess";

  public static final String TASK_ASSIGN = "Task_AssignReviewers";
  public static final String TASK_RECONCILE = "Task_ReconcileScores";
  public static final String TASK_SCREEN_ENVIRONMENT = "Task_ScreenEnvironment";
  public static final String TASK_REVIEW_RISK = "Task_ReviewRisk";
  public static final String TASK_SELECT = "Task_SelectApplication";
  public static final String TASK_DECLARE = "Task_DeclareConflict";
  public static final String TASK_SCORE = "Task_ScoreApplication";
  public static final String TASK_REPLACE = "Task_AssignReplacement";

  /** Message that tells the review process that all reviews are in (business key correlated). */
  public static final String MESSAGE_REVIEWS_COMPLETE = "ReviewsComplete";

  public static final String APPLICATION_ID = IntakeProcess.APPLICATION_ID;
  public static final String REVIEW_ID = "reviewId";

  /** The reviewer's username: the assignee of its declaration and scoring tasks. */
  public static final String REVIEWER = "reviewer";

  /** When the reviewer is reminded, and when the review is escalated (dates). */
  public static final String REMINDER_DUE = "reminderDue";

  public static final String REVIEW_DUE = "reviewDue";

  /** Read by Gateway_Conflicted. */
  public static final String CONFLICT = "conflict";

  /** Read by Gateway_ReviewersAgree. */
  public static final String RECONCILIATION_NEEDED = "reconciliationNeeded";

  public static final String NEPA_CLASS = "nepaClass";
  public static final String RISK_RATING = "riskRating";

  /** SELECT or DECLINE, read by Gateway_Selected. */
  public static final String SELECTION_DECISION = "selectionDecision";

  private ReviewProcess() {}

  static long applicationId(DelegateExecution execution) {
    return ((Number) execution.getVariable(APPLICATION_ID)).longValue();
  }

  static long reviewId(DelegateExecution execution) {
    return ((Number) execution.getVariable(REVIEW_ID)).longValue();
  }

  /** The command the task that led to this step was completed with. */
  static <C extends TaskCommand> C command(DelegateExecution execution, Class<C> type) {
    return TaskCommands.of(execution, type);
  }

  static List<String> reviewers(DelegateExecution execution) {
    return command(execution, ReviewTasks.AssignReviewers.class).reviewers();
  }
}
