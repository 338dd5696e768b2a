package org.lodestone.workflow.permitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lodestone.shared.ProgramSettings;
import org.lodestone.workflow.engine.Deadlines;
import org.lodestone.workflow.engine.ProcessTestEngine;
import org.lodestone.workflow.inbox.TaskType;

/**
 * Every timer path of PermittingTimetableProcess.bpmn (the quarterly confirmation, the daily look
 * for missed dates and each missed date's monthly report until it is resolved), and both outcomes
 * of TimetableChangeProcess.bpmn and DeniedPermitProcess.bpmn. The permitting context is replaced
 * by {@link Steps}.
 */
@Deployment(
    resources = {
      "processes/PermittingTimetableProcess.bpmn",
      "processes/TimetableChangeProcess.bpmn",
      "processes/DeniedPermitProcess.bpmn"
    })
class PermittingProcessesTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

  /** What the permitting context would do, recorded. */
  public static class Steps {
    final List<String> calls = new ArrayList<>();
    final Deque<List<Long>> missed = new ArrayDeque<>();
    final Deque<Boolean> stillMissed = new ArrayDeque<>();

    public void flagMissed(DelegateExecution e) {
      List<Long> ids = missed.isEmpty() ? List.of() : missed.poll();
      e.setVariableLocal(PermittingProcess.MISSED_PERMIT_IDS, new ArrayList<>(ids));
      calls.add("flag:" + ids);
    }

    public void recordMissedReport(DelegateExecution e) {
      boolean still = stillMissed.poll();
      e.setVariableLocal(PermittingProcess.STILL_MISSED, still);
      calls.add("report:" + e.getVariable(PermittingProcess.PERMIT_ID) + ":" + still);
    }

    public void recordConfirmation(DelegateExecution e) {
      calls.add("confirm:" + e.getVariable(PermittingProcess.AWARD_ID));
    }

    public void decideChange(DelegateExecution e) {
      calls.add("change:" + e.getVariable(PermittingProcess.CHANGE_DECISION));
    }

    public void decideDenied(DelegateExecution e) {
      calls.add("denied:" + e.getVariable(PermittingProcess.PERMIT_ID));
    }
  }

  private Steps steps;

  @BeforeEach
  void register() {
    steps = new Steps();
    Mocks.register("deadlines", new Deadlines());
    Mocks.register("settings", new ProgramSettings());
    Mocks.register("permittingSteps", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance timetable() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PermittingProcess.ID, "AWD-2026-000001", Map.of(PermittingProcess.AWARD_ID, 7L));
  }

  private Job timer(ProcessInstance instance, String activity) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activity)
        .singleResult();
  }

  private static void complete(Task task, TaskType type, Map<String, Object> body) {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(task, type.variables(body));
  }

  private static List<Task> open(ProcessInstance instance, String key) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
  }

  @Test
  void everyQuarterTheSpecialistConfirmsTheTimetableAndTheNextQuarterBegins() {
    ProcessInstance instance = timetable();
    execute(timer(instance, "Event_QuarterEnds"));
    Task confirm = open(instance, PermittingProcess.TASK_UPDATE_TIMETABLE).get(0);
    assertThat(confirm).hasCandidateGroup("PERMITTING_SPECIALIST");
    complete(
        confirm, PermittingTasks.UPDATE_TIMETABLE, Map.of("confirmed", true, "notes", "On track"));
    assertThat(timer(instance, "Event_QuarterEnds")).isNotNull();
    assertThat(steps.calls).containsExactly("confirm:7");
  }

  @Test
  void aMissedDateIsReportedEveryMonthUntilItIsResolvedAndADayWithoutOneEndsAtOnce() {
    steps.missed.add(List.of());
    steps.missed.add(List.of(5L, 6L));
    ProcessInstance instance = timetable();
    execute(timer(instance, "StartEvent_Daily"));
    assertThat(open(instance, PermittingProcess.TASK_REPORT_MISSED_DATE)).isEmpty();
    execute(timer(instance, "StartEvent_Daily"));
    List<Task> reports = open(instance, PermittingProcess.TASK_REPORT_MISSED_DATE);
    assertThat(reports).hasSize(2);
    steps.stillMissed.add(true);
    steps.stillMissed.add(false);
    Task first =
        reports.stream()
            .filter(
                t ->
                    Long.valueOf(5)
                        .equals(engine.getTaskService().getVariable(t.getId(), "permitId")))
            .findFirst()
            .orElseThrow();
    complete(first, PermittingTasks.REPORT_MISSED_DATE, Map.of("explanation", "Agency backlog"));
    Task second = open(instance, PermittingProcess.TASK_REPORT_MISSED_DATE).get(0);
    complete(
        second,
        PermittingTasks.REPORT_MISSED_DATE,
        Map.of("explanation", "Completed", "status", "IN_PROGRESS"));
    assertThat(open(instance, PermittingProcess.TASK_REPORT_MISSED_DATE)).isEmpty();
    execute(timer(instance, "Event_MonthPasses"));
    Task again = open(instance, PermittingProcess.TASK_REPORT_MISSED_DATE).get(0);
    assertThat(engine.getTaskService().getVariable(again.getId(), "permitId")).isEqualTo(5L);
    steps.stillMissed.add(false);
    complete(
        again,
        PermittingTasks.REPORT_MISSED_DATE,
        Map.of(
            "explanation",
            "New date set",
            "newTargetDate",
            "2028-01-15",
            "reasonCategory",
            "AGENCY_RESOURCES"));
    assertThat(timer(instance, "Event_MonthPasses")).isNull();
    assertThat(steps.calls)
        .containsExactly(
            "flag:[]", "flag:[5, 6]", "report:5:true", "report:6:false", "report:5:false");
  }

  @Test
  void aLargeChangeIsApprovedOrRejectedByAProgramOfficer() {
    for (String decision : List.of("APPROVE", "REJECT")) {
      ProcessInstance change =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey(
                  PermittingProcess.CHANGE_ID,
                  "AWD-2026-000001",
                  Map.of(PermittingProcess.CHANGE_REQUEST_ID, 3L, PermittingProcess.PERMIT_ID, 5L));
      Task task = open(change, PermittingProcess.TASK_APPROVE_CHANGE).get(0);
      assertThat(task).hasCandidateGroup("PROGRAM_OFFICER");
      complete(
          task,
          PermittingTasks.APPROVE_TIMETABLE_CHANGE,
          Map.of("decision", decision, "reason", "Checked"));
      assertThat(change)
          .isEnded()
          .hasPassed(
              decision.equals("APPROVE") ? "EndEvent_ChangeApproved" : "EndEvent_ChangeRejected");
    }
    assertThat(steps.calls).containsExactly("change:APPROVE", "change:REJECT");
  }

  @Test
  void aDeniedPermitGivesTheProgramOfficerADecision() {
    ProcessInstance denied =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                PermittingProcess.DENIED_ID,
                "AWD-2026-000001",
                Map.of(PermittingProcess.PERMIT_ID, 5L, PermittingProcess.AWARD_ID, 7L));
    Task task = open(denied, PermittingProcess.TASK_DECIDE_DENIED).get(0);
    complete(
        task,
        PermittingTasks.DECIDE_DENIED_PERMIT,
        Map.of("decision", "SUSPEND", "reason", "Water rights refused"));
    assertThat(denied).isEnded();
    assertThat(steps.calls).containsExactly("denied:5");
  }
}
