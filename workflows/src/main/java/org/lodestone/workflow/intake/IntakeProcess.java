package org.lodestone.workflow.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.lodestone.workflow.inbox.TaskCommands;

/**
 * The application intake process (ApplicationIntakeProcess.bpmn): its id, the ids of its elements
 * that code refers to, and its variables. Variables hold identifiers, never entities.
 */
public final class IntakeProcess {

  public static final String ID = "ApplicationIntakeProcess";

  public static final String TASK_SCREEN = "Task_ScreenApplication";
  public static final String TASK_CORRECT = "Task_CorrectApplication";

  /** The application's database id (the business key is its number). */
  public static final String APPLICATION_ID = "applicationId";

  /** Outcome of the eligibility rules, read by Gateway_Eligible. */
  public static final String ELIGIBLE = "eligible";

  /** Output column of the DMN table application-eligibility. */
  public static final String REASON = "reason";

  /** The work-queue group of the applicant's organization. */
  public static final String APPLICANT_GROUP = "applicantGroup";

  /** ACCEPT, RETURN or REJECT, set by completing the screening task. */
  public static final String SCREENING_DECISION = "screeningDecision";

  private IntakeProcess() {}

  static long applicationId(DelegateExecution execution) {
    return ((Number) execution.getVariable(APPLICATION_ID)).longValue();
  }

  /** The reason the program officer gave on screening. */
  static String screeningReason(DelegateExecution execution) {
    return TaskCommands.of(execution, IntakeTasks.ScreenApplication.class).reason();
  }
}
