package org.lodestone.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lodestone.shared.ProgramSettings;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.workflow.engine.Deadlines;
import org.lodestone.workflow.engine.ProcessTestEngine;
import org.lodestone.workflow.inbox.TaskCommands;

/**
 * Every path of the reporting calendar (quarters passing until performance ends, then the closeout
 * it calls), of the closeout (closed; refused while reports are missing; late), of a progress
 * report (accepted; returned and sent again; late) and of a financial report (certified; late),
 * with their timers. The reporting context is replaced by {@link Steps}, which records each call.
 */
@Deployment(
    resources = {
      "processes/ReportingScheduleProcess.bpmn",
      "processes/CloseoutProcess.bpmn",
      "processes/ProgressReportProcess.bpmn",
      "processes/FinancialReportProcess.bpmn"
    })
class ReportingProcessesTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

  private static final Instant LOOK = Instant.parse("2027-04-01T04:00:00Z");
  private static final Instant LATE = Instant.parse("2027-05-01T04:00:00Z");

  /**
   * What the reporting context would do, recorded; whether performance ended comes from a queue.
   */
  public static class Steps {
    final List<String> calls = new ArrayList<>();
    final Deque<Boolean> ended = new ArrayDeque<>();
    boolean refuseClose;

    public void openQuarterly(DelegateExecution e) {
      boolean over = !ended.isEmpty() && ended.poll();
      calls.add("open:" + over);
      e.setVariable(ReportingProcess.NEXT_LOOK, Date.from(LOOK));
      e.setVariable(ReportingProcess.PERFORMANCE_ENDED, over);
    }

    public void startCloseout(DelegateExecution e) {
      calls.add("closeout:" + e.getProcessBusinessKey());
      e.setVariable(ReportingProcess.CLOSEOUT_LATE_AT, Date.from(LATE));
    }

    public void closeoutLate(DelegateExecution e) {
      calls.add("closeoutLate");
    }

    public void close(DelegateExecution e) {
      if (refuseClose) {
        throw new RuleViolationException("reports", "a report is missing");
      }
      calls.add("close:" + TaskCommands.of(e, ReportTasks.CloseAward.class).remarks());
    }

    public void submitProgress(DelegateExecution e) {
      calls.add("submit:" + TaskCommands.of(e, ReportTasks.SubmitProgressReport.class).jobs());
    }

    public void review(DelegateExecution e) {
      calls.add("review:" + TaskCommands.of(e, ReportTasks.ReviewProgressReport.class).decision());
    }

    public void certify(DelegateExecution e) {
      calls.add("certify");
    }

    public void escalate(DelegateExecution e) {
      calls.add("escalate");
    }
  }

  private Steps steps;

  @BeforeEach
  void register() {
    steps = new Steps();
    Mocks.register("deadlines", new Deadlines());
    Mocks.register("settings", new ProgramSettings());
    Mocks.register("reportingSteps", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private static ProcessInstance start(String key, String businessKey) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            key,
            businessKey,
            Map.of(
                ReportingProcess.AWARD_ID,
                7L,
                ReportingProcess.REPORT_ID,
                21L,
                ReportingProcess.APPLICANT_GROUP,
                "org:3",
                ReportingProcess.LATE_AT,
                Date.from(LATE)));
  }

  private static Job timer(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .singleResult();
  }

  private static final Map<String, Object> PROGRESS =
      Map.of(
          "narrative", "Pilot plant commissioned.",
          "milestoneStatus", "Milestone 1 on schedule.",
          "permitStatus", "Air permit issued.",
          "jobs", 42,
          "capacity", Map.of("LITHIUM", "1200.5"));

  @Test
  void quartersPassUntilPerformanceEndsThenTheCloseoutIsCalledWithTheAwardNumber() {
    steps.ended.addAll(List.of(false, false, true));
    ProcessInstance calendar = start(ReportingProcess.SCHEDULE, "AWD-2026-0004");
    assertThat(calendar).isWaitingAt("Event_NextLook");
    assertThat(timer(calendar).getDuedate()).isEqualTo(Date.from(LOOK));
    engine.getManagementService().executeJob(timer(calendar).getId());
    assertThat(calendar).isWaitingAt("Event_NextLook");
    engine.getManagementService().executeJob(timer(calendar).getId());
    assertThat(calendar).isWaitingAt("CallActivity_Closeout");
    ProcessInstance closeout =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(ReportingProcess.CLOSEOUT)
            .superProcessInstanceId(calendar.getId())
            .singleResult();
    assertThat(closeout.getBusinessKey()).isEqualTo("AWD-2026-0004");
    assertThat(closeout).isWaitingAt(ReportingProcess.TASK_CLOSE_AWARD);
    assertThat(taskQuery().taskDefinitionKey(ReportingProcess.TASK_CLOSE_AWARD).singleResult())
        .hasCandidateGroup("PROGRAM_OFFICER");
    ProcessTestEngine.complete(closeout, ReportTasks.CLOSE_AWARD, Map.of("remarks", "All in."));
    assertThat(closeout).hasPassed("EndEvent_AwardClosed").isEnded();
    assertThat(calendar).hasPassed("EndEvent_AwardClosed").isEnded();
    assertThat(steps.calls)
        .containsExactly(
            "open:false", "open:false", "open:true", "closeout:AWD-2026-0004", "close:All in.");
  }

  @Test
  void closingIsRefusedWhileReportsAreMissingAndTheTaskStaysOpen() {
    ProcessInstance closeout = start(ReportingProcess.CLOSEOUT, "AWD-2026-0004");
    steps.refuseClose = true;
    assertThatThrownBy(
            () -> ProcessTestEngine.complete(closeout, ReportTasks.CLOSE_AWARD, Map.of()))
        .hasRootCauseInstanceOf(RuleViolationException.class);
    assertThat(closeout).isWaitingAt(ReportingProcess.TASK_CLOSE_AWARD);
    steps.refuseClose = false;
    ProcessTestEngine.complete(closeout, ReportTasks.CLOSE_AWARD, Map.of());
    assertThat(closeout).isEnded();
  }

  @Test
  void aCloseoutPastItsHundredAndTwentyDaysEscalatesAndStaysOpen() {
    ProcessInstance closeout = start(ReportingProcess.CLOSEOUT, "AWD-2026-0004");
    Job late = timer(closeout);
    assertThat(late.getDuedate()).isEqualTo(Date.from(LATE));
    assertThat(
            taskQuery()
                .taskDefinitionKey(ReportingProcess.TASK_CLOSE_AWARD)
                .singleResult()
                .getDueDate())
        .isEqualTo(Date.from(LATE));
    engine.getManagementService().executeJob(late.getId());
    assertThat(closeout).hasPassed("EndEvent_CloseoutEscalated");
    assertThat(closeout).isWaitingAt(ReportingProcess.TASK_CLOSE_AWARD);
    assertThat(steps.calls).containsExactly("closeout:AWD-2026-0004", "closeoutLate");
  }

  @Test
  void aProgressReportIsSentReviewedAndAccepted() {
    ProcessInstance report = start(ReportingProcess.PROGRESS, "AWD-2026-0004-PR-2027Q1");
    assertThat(report).isWaitingAt(ReportingProcess.TASK_SUBMIT_PROGRESS);
    assertThat(taskQuery().taskDefinitionKey(ReportingProcess.TASK_SUBMIT_PROGRESS).singleResult())
        .hasCandidateGroup("org:3");
    ProcessTestEngine.complete(report, ReportTasks.SUBMIT_PROGRESS_REPORT, PROGRESS);
    assertThat(timer(report)).isNull();
    assertThat(taskQuery().taskDefinitionKey(ReportingProcess.TASK_REVIEW_PROGRESS).singleResult())
        .hasCandidateGroup("PROGRAM_OFFICER");
    ProcessTestEngine.complete(
        report, ReportTasks.REVIEW_PROGRESS_REPORT, Map.of("decision", "ACCEPT"));
    assertThat(report).hasPassed("EndEvent_ReportAccepted").isEnded();
    assertThat(steps.calls).containsExactly("submit:42", "review:ACCEPT");
  }

  @Test
  void aReturnedProgressReportGoesBackToTheRecipientAndIsSentAgain() {
    ProcessInstance report = start(ReportingProcess.PROGRESS, "AWD-2026-0004-PR-2027Q1");
    ProcessTestEngine.complete(report, ReportTasks.SUBMIT_PROGRESS_REPORT, PROGRESS);
    ProcessTestEngine.complete(
        report,
        ReportTasks.REVIEW_PROGRESS_REPORT,
        Map.of("decision", "RETURN", "reason", "Give the jobs by site."));
    assertThat(report).isWaitingAt(ReportingProcess.TASK_SUBMIT_PROGRESS);
    ProcessTestEngine.complete(report, ReportTasks.SUBMIT_PROGRESS_REPORT, PROGRESS);
    ProcessTestEngine.complete(
        report, ReportTasks.REVIEW_PROGRESS_REPORT, Map.of("decision", "ACCEPT"));
    assertThat(report).isEnded();
    assertThat(steps.calls)
        .containsExactly("submit:42", "review:RETURN", "submit:42", "review:ACCEPT");
  }

  @Test
  void aLateProgressReportEscalatesAndCanStillBeSent() {
    ProcessInstance report = start(ReportingProcess.PROGRESS, "AWD-2026-0004-PR-2027Q1");
    Job late = timer(report);
    assertThat(late.getDuedate()).isEqualTo(Date.from(LATE));
    engine.getManagementService().executeJob(late.getId());
    assertThat(report).hasPassed("EndEvent_LateReported");
    assertThat(report).isWaitingAt(ReportingProcess.TASK_SUBMIT_PROGRESS);
    ProcessTestEngine.complete(report, ReportTasks.SUBMIT_PROGRESS_REPORT, PROGRESS);
    assertThat(report).isWaitingAt(ReportingProcess.TASK_REVIEW_PROGRESS);
    assertThat(steps.calls).containsExactly("escalate", "submit:42");
  }

  @Test
  void aProgressReportWithoutItsFieldsIsRefusedNamingEach() {
    ProcessInstance report = start(ReportingProcess.PROGRESS, "AWD-2026-0004-PR-2027Q1");
    assertThatThrownBy(
            () ->
                ProcessTestEngine.complete(
                    report,
                    ReportTasks.SUBMIT_PROGRESS_REPORT,
                    Map.of("jobs", "many", "capacity", Map.of("LITHIUM", "x"))))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(org.lodestone.shared.Violation::field)
                    .contains("narrative", "milestoneStatus", "permitStatus", "jobs", "capacity"));
    assertThat(report).isWaitingAt(ReportingProcess.TASK_SUBMIT_PROGRESS);
    assertThat(steps.calls).isEmpty();
  }

  @Test
  void aFinancialReportIsCertifiedOrEscalatesWhenLate() {
    ProcessInstance report = start(ReportingProcess.FINANCIAL, "AWD-2026-0004-FR-2027Q1");
    assertThat(taskQuery().taskDefinitionKey(ReportingProcess.TASK_SUBMIT_FINANCIAL).singleResult())
        .hasCandidateGroup("org:3");
    engine.getManagementService().executeJob(timer(report).getId());
    assertThat(report).hasPassed("EndEvent_LateReported");
    ProcessTestEngine.complete(
        report, ReportTasks.SUBMIT_FINANCIAL_REPORT, Map.of("certified", true));
    assertThat(report).hasPassed("EndEvent_ReportCertified").isEnded();
    assertThat(steps.calls).containsExactly("escalate", "certify");
  }
}
