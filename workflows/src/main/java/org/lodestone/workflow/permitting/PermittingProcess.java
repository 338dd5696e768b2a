package org.lodestone.workflow.permitting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.lodestone.shared.SubjectKind;

/**
 * The permitting processes: each project's timetable (PermittingTimetableProcess.bpmn, business key
 * the award number) with its timers (the daily look for missed dates and each missed date's monthly
 * status report, the quarterly confirmation); the approval of a large move of a final completion
 * date (TimetableChangeProcess.bpmn) and the decision on a denied permit
 * (DeniedPermitProcess.bpmn), both keyed by the award number too.
 */
public final class PermittingProcess {

  public static final String ID = "PermittingTimetableProcess";
  public static final String CHANGE_ID = "TimetableChangeProcess";
  public static final String DENIED_ID = "DeniedPermitProcess";

  public static final String TASK_UPDATE_TIMETABLE = "Task_UpdateTimetable";
  public static final String TASK_REPORT_MISSED_DATE = "Task_ReportMissedDate";
  public static final String TASK_APPROVE_CHANGE = "Task_ApproveTimetableChange";
  public static final String TASK_DECIDE_DENIED = "Task_DecideDeniedPermit";

  public static final String AWARD_ID = SubjectKind.AWARD.idVariable();
  public static final String PERMIT_ID = SubjectKind.PERMIT.idVariable();
  public static final String CHANGE_REQUEST_ID = "changeRequestId";

  /** The permits found missed by one daily look (a list of ids, local to that look). */
  public static final String MISSED_PERMIT_IDS = "missedPermitIds";

  /** Read by Gateway_StillMissed. */
  public static final String STILL_MISSED = "stillMissed";

  /** APPROVE or REJECT, read by Gateway_ChangeApproved. */
  public static final String CHANGE_DECISION = "changeDecision";

  private PermittingProcess() {}

  static long id(DelegateExecution execution, String variable) {
    return ((Number) execution.getVariable(variable)).longValue();
  }
}
