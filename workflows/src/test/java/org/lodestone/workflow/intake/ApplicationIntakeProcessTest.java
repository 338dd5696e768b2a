package org.lodestone.workflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
import org.lodestone.workflow.inbox.TaskCommands;

/** Every path of ApplicationIntakeProcess.bpmn, with delegates that record what they were asked. */
@Deployment(resources = "processes/ApplicationIntakeProcess.bpmn")
class ApplicationIntakeProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

  private final List<String> calls = new ArrayList<>();
  private boolean eligible = true;

  @BeforeEach
  void delegates() {
    Mocks.register("deadlines", new Deadlines());
    Mocks.register("settings", new ProgramSettings());
    for (String step : List.of("accept", "return", "reject", "withdraw")) {
      Mocks.register(
          step + "ApplicationDelegate",
          (JavaDelegate)
              e ->
                  calls.add(
                      step
                          + ":"
                          + e.getVariable(IntakeProcess.APPLICATION_ID)
                          + ":"
                          + (e.getVariable(TaskCommands.VARIABLE)
                                  instanceof IntakeTasks.ScreenApplication c
                              ? c.reason()
                              : null)));
    }
  }

  @BeforeEach
  void eligibility() {
    Mocks.register(
        "assessEligibilityDelegate",
        (JavaDelegate)
            e -> {
              calls.add("assess:" + e.getVariable(IntakeProcess.APPLICATION_ID));
              e.setVariable(IntakeProcess.ELIGIBLE, eligible);
            });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance submit() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            IntakeProcess.ID,
            "APP-2026-000001",
            Map.of(
                IntakeProcess.APPLICATION_ID,
                41L,
                IntakeProcess.APPLICANT_GROUP,
                "organization-7"));
  }

  private static Map<String, Object> screening(String decision, String reason) {
    return IntakeTasks.SCREEN_APPLICATION.variables(
        reason == null
            ? Map.of("decision", decision)
            : Map.of("decision", decision, "reason", reason));
  }

  @Test
  void ineligibleApplicationEndsWithoutScreening() {
    eligible = false;

    ProcessInstance instance = submit();

    assertThat(instance)
        .hasPassed("Task_AssessEligibility", "EndEvent_ApplicationIneligible")
        .isEnded();
    assertThat(instance).hasNotPassed(IntakeProcess.TASK_SCREEN);
    assertThat(calls).containsExactly("assess:41");
  }

  @Test
  void submittedApplicationWaitsForProgramOfficerScreeningDueInTenDays() {
    ProcessInstance instance = submit();

    assertThat(instance).hasPassed("Task_AssessEligibility").isWaitingAt(IntakeProcess.TASK_SCREEN);
    assertThat(task(instance)).hasCandidateGroup("PROGRAM_OFFICER");
    Instant due = task(instance).getDueDate().toInstant();
    assertThat(Duration.between(Instant.now(), due).toDays()).isEqualTo(9);
  }

  @Test
  void acceptedApplicationEndsAcceptedAfterTheAcceptStep() {
    ProcessInstance instance = submit();

    complete(task(instance), screening("ACCEPT", "complete"));

    assertThat(instance).hasPassed("Task_AcceptApplication").isEnded();
    assertThat(instance).hasPassed("EndEvent_ApplicationAccepted");
    assertThat(calls).containsExactly("assess:41", "accept:41:complete");
  }

  @Test
  void rejectedApplicationEndsRejectedWithItsReason() {
    ProcessInstance instance = submit();

    complete(task(instance), screening("REJECT", "topic area not offered"));

    assertThat(instance).hasPassed("EndEvent_ApplicationRejected").isEnded();
    assertThat(calls).containsExactly("assess:41", "reject:41:topic area not offered");
  }

  @Test
  void returnedApplicationGoesToTheApplicantsOrganizationAndBackToScreeningWhenResubmitted() {
    ProcessInstance instance = submit();

    complete(task(instance), screening("RETURN", "budget justification missing"));

    assertThat(instance).isWaitingAt(IntakeProcess.TASK_CORRECT);
    List<IdentityLink> links =
        engine.getTaskService().getIdentityLinksForTask(task(instance).getId());
    assertThat(links).extracting(IdentityLink::getGroupId).containsExactly("organization-7");
    assertThat(Duration.between(Instant.now(), task(instance).getDueDate().toInstant()).toDays())
        .isEqualTo(13);

    complete(task(instance));

    assertThat(instance).isWaitingAt(IntakeProcess.TASK_SCREEN);
    complete(task(instance), screening("ACCEPT", null));
    assertThat(instance).isEnded();
    assertThat(calls)
        .containsExactly(
            "assess:41", "return:41:budget justification missing", "assess:41", "accept:41:null");
  }

  @Test
  void aCorrectedApplicationThatBecameIneligibleEndsAtTheSecondAssessment() {
    ProcessInstance instance = submit();
    complete(task(instance), screening("RETURN", "reduce the amount"));
    eligible = false;

    complete(task(instance));

    assertThat(instance).hasPassed("EndEvent_ApplicationIneligible").isEnded();
  }

  @Test
  void correctionDeadlinePassingWithdrawsTheApplication() {
    ProcessInstance instance = submit();
    complete(task(instance), screening("RETURN", "missing technical volume"));

    assertThat(job(instance)).isNotNull();
    assertThat(job(instance).getDuedate())
        .isAfter(java.util.Date.from(Instant.now().plus(Duration.ofDays(13))));
    execute(job(instance));

    assertThat(instance)
        .hasPassed("Task_WithdrawApplication", "EndEvent_ApplicationWithdrawn")
        .isEnded();
    assertThat(calls).endsWith("withdraw:41:null");
  }

  @Test
  void aDelegateRefusingTheStepLeavesTheScreeningTaskOpen() {
    ProcessInstance instance = submit();
    Mocks.register(
        "acceptApplicationDelegate",
        (JavaDelegate)
            e -> {
              throw new IllegalStateException("application is WITHDRAWN");
            });

    assertThatThrownBy(() -> complete(task(instance), screening("ACCEPT", null)))
        .hasMessageContaining("WITHDRAWN");

    assertThat(instance).isWaitingAt(IntakeProcess.TASK_SCREEN);
  }
}
