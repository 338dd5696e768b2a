package org.lodestone.workflow.reporting;

import org.lodestone.shared.SubjectKind;
import org.lodestone.workflow.intake.IntakeProcess;

/**
 * The monitoring and closeout processes: an award's reporting calendar from its acceptance to its
 * closing (ReportingScheduleProcess.bpmn, business key the award number), which calls the closeout
 * at the end of performance (CloseoutProcess.bpmn), and each report until it is received
 * (ProgressReportProcess.bpmn and FinancialReportProcess.bpmn, business key the report number).
 */
public final class ReportingProcess {

  public static final String SCHEDULE = "ReportingScheduleProcess";
  public static final String CLOSEOUT = "CloseoutProcess";
  public static final String PROGRESS = "ProgressReportProcess";
  public static final String FINANCIAL = "FinancialReportProcess";

  public static final String TASK_SUBMIT_PROGRESS = "Task_SubmitProgressReport";
  public static final String TASK_REVIEW_PROGRESS = "Task_ReviewProgressReport";
  public static final String TASK_SUBMIT_FINANCIAL = "Task_SubmitFinancialReport";
  public static final String TASK_CLOSE_AWARD = "Task_CloseAward";

  public static final String AWARD_ID = SubjectKind.AWARD.idVariable();
  public static final String REPORT_ID = SubjectKind.REPORT.idVariable();
  public static final String APPLICANT_GROUP = IntakeProcess.APPLICANT_GROUP;

  /** When the schedule looks again (a date): the day after the next quarter or performance ends. */
  public static final String NEXT_LOOK = "nextLookAt";

  /** Read by Gateway_PerformanceEnded. */
  public static final String PERFORMANCE_ENDED = "performanceEnded";

  /** When a report is late (a date): the day after it is due. */
  public static final String LATE_AT = "lateAt";

  /** When closeout is late (a date): the day after the final reports are due. */
  public static final String CLOSEOUT_LATE_AT = "closeoutLateAt";

  /** ACCEPT or RETURN, read by Gateway_ReportAccepted. */
  public static final String REVIEW_DECISION = "reportDecision";

  private ReportingProcess() {}
}
