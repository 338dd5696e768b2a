package org.lodestone.workflow.engine;

import java.util.List;

/** The BPMN and DMN files deployed at start-up, under {@code processes/} on the classpath. */
public final class ProcessModels {

  public static final String FOLDER = "processes/";
  public static final List<String> FILES =
      List.of(
          "ApplicationIntakeProcess.bpmn",
          "application-eligibility.dmn",
          "ApplicationReviewProcess.bpmn",
          "MeritReviewProcess.bpmn",
          "AwardProcess.bpmn",
          "SpecialConditionProcess.bpmn",
          "AmendmentProcess.bpmn",
          "PermittingTimetableProcess.bpmn",
          "TimetableChangeProcess.bpmn",
          "DeniedPermitProcess.bpmn",
          "DisbursementProcess.bpmn",
          "MilestoneProcess.bpmn",
          "ReportingScheduleProcess.bpmn",
          "CloseoutProcess.bpmn",
          "ProgressReportProcess.bpmn",
          "FinancialReportProcess.bpmn");

  private ProcessModels() {}
}
