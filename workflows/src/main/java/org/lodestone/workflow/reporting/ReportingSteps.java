package org.lodestone.workflow.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.lodestone.award.domain.Award;
import org.lodestone.reporting.application.ReportService;
import org.lodestone.workflow.inbox.TaskCommands;

/**
 * The service steps of the reporting processes ({@code ${reportingSteps.close(execution)}}): each
 * reads the command of the task before it, calls the reporting context and sets what the gateways
 * and timers read.
 */
@ApplicationScoped
@Named("reportingSteps")
public class ReportingSteps {

  /** The processes that end by themselves when the award closes: the calendar and the closeout. */
  private static final Set<String> ENDING_BY_THEMSELVES =
      Set.of(ReportingProcess.SCHEDULE, ReportingProcess.CLOSEOUT);

  @Inject private ReportService reports;
  @Inject private RuntimeService runtime;

  public void openQuarterly(DelegateExecution execution) {
    ReportService.Schedule schedule =
        reports.openQuarterlyReports(id(execution, ReportingProcess.AWARD_ID));
    execution.setVariable(ReportingProcess.NEXT_LOOK, Date.from(schedule.nextAt()));
    execution.setVariable(ReportingProcess.PERFORMANCE_ENDED, schedule.performanceEnded());
  }

  public void startCloseout(DelegateExecution execution) {
    execution.setVariable(
        ReportingProcess.CLOSEOUT_LATE_AT,
        Date.from(reports.startCloseout(id(execution, ReportingProcess.AWARD_ID))));
  }

  public void closeoutLate(DelegateExecution execution) {
    reports.closeoutLate(id(execution, ReportingProcess.AWARD_ID));
  }

  /**
   * Closes the award and ends its other processes: the award's, the timetable's and its pending
   * changes (keyed by the award number), and pending conditions and amendments (by its id).
   */
  public void close(DelegateExecution execution) {
    ReportTasks.CloseAward c = TaskCommands.of(execution, ReportTasks.CloseAward.class);
    long awardId = id(execution, ReportingProcess.AWARD_ID);
    Award award = reports.close(awardId, c.remarks());
    java.util.Map<String, org.camunda.bpm.engine.runtime.ProcessInstance> running =
        new java.util.LinkedHashMap<>();
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(award.number())
        .list()
        .forEach(p -> running.put(p.getId(), p));
    runtime
        .createProcessInstanceQuery()
        .variableValueEquals(ReportingProcess.AWARD_ID, awardId)
        .list()
        .forEach(p -> running.put(p.getId(), p));
    running.values().stream()
        .filter(p -> !ENDING_BY_THEMSELVES.contains(definitionKey(p.getProcessDefinitionId())))
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "award closed", true));
  }

  public void submitProgress(DelegateExecution execution) {
    ReportTasks.SubmitProgressReport c =
        TaskCommands.of(execution, ReportTasks.SubmitProgressReport.class);
    reports.submitProgress(id(execution, ReportingProcess.REPORT_ID), c.content());
  }

  public void review(DelegateExecution execution) {
    ReportTasks.ReviewProgressReport c =
        TaskCommands.of(execution, ReportTasks.ReviewProgressReport.class);
    reports.review(
        id(execution, ReportingProcess.REPORT_ID),
        c.decision() == ReportTasks.ReviewDecision.ACCEPT,
        c.reason());
  }

  public void certify(DelegateExecution execution) {
    ReportTasks.SubmitFinancialReport c =
        TaskCommands.of(execution, ReportTasks.SubmitFinancialReport.class);
    reports.certifyFinancial(
        id(execution, ReportingProcess.REPORT_ID), Boolean.TRUE.equals(c.certified()), c.remarks());
  }

  public void escalate(DelegateExecution execution) {
    reports.escalate(id(execution, ReportingProcess.REPORT_ID));
  }

  /** The key of a definition id such as {@code AwardProcess:3:abc}. */
  private static String definitionKey(String definitionId) {
    int colon = definitionId.indexOf(':');
    return colon < 0 ? definitionId : definitionId.substring(0, colon);
  }

  private static long id(DelegateExecution execution, String variable) {
    return ((Number) execution.getVariable(variable)).longValue();
  }
}
