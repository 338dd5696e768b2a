package org.lodestone.workflow.award;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.lodestone.shared.SubjectKind;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.TaskCommands;
import org.lodestone.workflow.intake.IntakeProcess;

/**
 * The award processes: the award from its draft to the end of its budget periods
 * (AwardProcess.bpmn, business key the award number), each special condition until it is removed
 * (SpecialConditionProcess.bpmn, the condition number) and each amendment until it is decided
 * (AmendmentProcess.bpmn, the amendment number). Their ids, the ids of the elements code refers to,
 * and their variables; as elsewhere, what people type reaches the domain as transient variables and
 * is kept only there.
 */
public final class AwardProcess {

  public static final String ID = "AwardProcess";
  public static final String CONDITION_ID_PROCESS = "SpecialConditionProcess";
  public static final String AMENDMENT_ID_PROCESS = "AmendmentProcess";

  public static final String TASK_PREPARE = "Task_PrepareAward";
  public static final String TASK_SIGN = "Task_SignAward";
  public static final String TASK_ACCEPT = "Task_AcceptAward";
  public static final String TASK_GO_NO_GO = "Task_GoNoGo";
  public static final String TASK_REVIEW_CURE = "Task_ReviewCure";
  public static final String TASK_APPROVE_AMENDMENT = "Task_ApproveAmendment";

  /** Waits of the condition process that the recipient's cure or an extension ends. */
  public static final String MESSAGE_CURE_SUBMITTED = "CureSubmitted";

  public static final String MESSAGE_CONDITION_EXTENDED = "ConditionExtended";

  public static final String AWARD_ID = SubjectKind.AWARD.idVariable();
  public static final String CONDITION_ID = SubjectKind.CONDITION.idVariable();
  public static final String AMENDMENT_ID = SubjectKind.AMENDMENT.idVariable();
  public static final String APPLICANT_GROUP = IntakeProcess.APPLICANT_GROUP;

  /** When the current budget period's go/no-go decision falls due (a date), if another follows. */
  public static final String DECISION_DUE = "decisionDue";

  /** Read by Gateway_NextBudgetPeriod. */
  public static final String HAS_NEXT_PERIOD = "hasNextPeriod";

  /** When a condition's cure deadline passes (a date). */
  public static final String CONDITION_DEADLINE = "conditionDeadline";

  /** APPROVE or RETURN, read by Gateway_Signed. */
  public static final String SIGNATURE_DECISION = "signatureDecision";

  /** ACCEPT or DECLINE, read by Gateway_Accepted. */
  public static final String ACCEPTANCE_DECISION = "acceptanceDecision";

  /** GO or NO_GO, read by Gateway_Go. */
  public static final String GO_DECISION = "goDecision";

  /** REMOVE or KEEP, read by Gateway_CureAccepted. */
  public static final String CURE_DECISION = "cureDecision";

  /** APPROVE or REJECT, read by Gateway_AmendmentApproved. */
  public static final String AMENDMENT_DECISION = "amendmentDecision";

  private AwardProcess() {}

  static long id(DelegateExecution execution, String variable) {
    return ((Number) execution.getVariable(variable)).longValue();
  }

  static <C extends TaskCommand> C command(DelegateExecution execution, Class<C> type) {
    return TaskCommands.of(execution, type);
  }
}
