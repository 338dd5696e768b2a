package org.lodestone.workflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import org.lodestone.workflow.inbox.TaskType;

/**
 * Every path of AwardProcess.bpmn (return and sign, accept and decline, go and no-go with the
 * budget-period timer, a GO refused while withheld), SpecialConditionProcess.bpmn (cure kept then
 * removed, missed deadline, extension) and AmendmentProcess.bpmn (approved, rejected). The award
 * context is replaced by {@link Steps}, which records each call.
 */
@Deployment(
    resources = {
      "processes/AwardProcess.bpmn",
      "processes/SpecialConditionProcess.bpmn",
      "processes/AmendmentProcess.bpmn"
    })
class AwardProcessesTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

  /** What the award context would do, recorded; decision dates are taken from a queue. */
  public static class Steps {
    final List<String> calls = new ArrayList<>();
    final Deque<Instant> decisionDates = new ArrayDeque<>();
    boolean withheld;

    public void prepare(DelegateExecution e) {
      calls.add("prepare");
    }

    public void sign(DelegateExecution e) {
      calls.add("sign:" + AwardProcess.command(e, AwardTasks.SignAward.class).decision());
    }

    public void answer(DelegateExecution e) {
      AwardTasks.AcceptAward c = AwardProcess.command(e, AwardTasks.AcceptAward.class);
      calls.add("answer:" + c.decision() + ":" + c.feocCertified());
    }

    public void scheduleGoNoGo(DelegateExecution e) {
      Instant next = decisionDates.poll();
      e.setVariable(AwardProcess.HAS_NEXT_PERIOD, next != null);
      e.setVariable(AwardProcess.DECISION_DUE, next == null ? null : Date.from(next));
      calls.add("schedule:" + next);
    }

    public void decideGoNoGo(DelegateExecution e) {
      AwardTasks.GoNoGo c = AwardProcess.command(e, AwardTasks.GoNoGo.class);
      if (withheld && c.decision() == AwardTasks.GoDecision.GO) {
        throw new RuleViolationException("decision", "GO is impossible while withheld");
      }
      calls.add("goNoGo:" + c.decision());
    }

    public void cureDeadlineMissed(DelegateExecution e) {
      calls.add("missed:" + e.getVariable(AwardProcess.CONDITION_ID));
    }

    public void reviewCure(DelegateExecution e) {
      calls.add("cure:" + AwardProcess.command(e, AwardTasks.ReviewCure.class).decision());
    }

    public void decideAmendment(DelegateExecution e) {
      calls.add(
          "amendment:" + AwardProcess.command(e, AwardTasks.DecideAmendment.class).decision());
    }
  }

  private Steps steps;

  @BeforeEach
  void register() {
    steps = new Steps();
    Mocks.register("deadlines", new Deadlines());
    Mocks.register("settings", new ProgramSettings());
    Mocks.register("awardSteps", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance award() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            AwardProcess.ID,
            "AWD-2026-000001",
            Map.of(AwardProcess.AWARD_ID, 7L, AwardProcess.APPLICANT_GROUP, "organization-3"));
  }

  private static void complete(ProcessInstance instance, TaskType type, Map<String, Object> body) {
    ProcessTestEngine.complete(instance, type, body);
  }

  private void signedAndAccepted(ProcessInstance instance) {
    complete(instance, AwardTasks.PREPARE_AWARD, Map.of());
    complete(instance, AwardTasks.SIGN_AWARD, Map.of("decision", "APPROVE"));
    complete(
        instance, AwardTasks.ACCEPT_AWARD, Map.of("decision", "ACCEPT", "feocCertified", true));
  }

  @Test
  void returnedTermsGoBackToThePreparerThenTheSignedAwardIsOfferedToTheRecipient() {
    ProcessInstance instance = award();
    assertThat(instance).isWaitingAt(AwardProcess.TASK_PREPARE);
    assertThat(taskQuery().taskDefinitionKey(AwardProcess.TASK_PREPARE).singleResult())
        .hasCandidateGroup("PROGRAM_OFFICER");
    complete(instance, AwardTasks.PREPARE_AWARD, Map.of());
    complete(instance, AwardTasks.SIGN_AWARD, Map.of("decision", "RETURN", "reason", "Split BP1"));
    assertThat(instance).isWaitingAt(AwardProcess.TASK_PREPARE);
    complete(instance, AwardTasks.PREPARE_AWARD, Map.of());
    assertThat(taskQuery().taskDefinitionKey(AwardProcess.TASK_SIGN).singleResult())
        .hasCandidateGroup("SELECTING_OFFICIAL");
    complete(instance, AwardTasks.SIGN_AWARD, Map.of("decision", "APPROVE"));
    assertThat(instance).isWaitingAt(AwardProcess.TASK_ACCEPT);
    assertThat(taskQuery().taskDefinitionKey(AwardProcess.TASK_ACCEPT).singleResult())
        .hasCandidateGroup("organization-3");
    assertThat(steps.calls).containsExactly("prepare", "sign:RETURN", "prepare", "sign:APPROVE");
  }

  @Test
  void aDeclinedAwardEndsWithdrawn() {
    ProcessInstance instance = award();
    complete(instance, AwardTasks.PREPARE_AWARD, Map.of());
    complete(instance, AwardTasks.SIGN_AWARD, Map.of("decision", "APPROVE"));
    complete(
        instance, AwardTasks.ACCEPT_AWARD, Map.of("decision", "DECLINE", "reason", "Financing"));
    assertThat(instance).isEnded().hasPassed("EndEvent_AwardWithdrawn");
    assertThat(steps.calls).endsWith("answer:DECLINE:null");
  }

  @Test
  void eachBudgetPeriodEndsInAGoNoGoAndGoAfterTheLastButOneEndsInPerformance() {
    Instant end1 = Instant.parse("2028-01-01T05:00:00Z");
    steps.decisionDates.add(end1);
    ProcessInstance instance = award();
    signedAndAccepted(instance);
    assertThat(instance).isWaitingAt("Event_BudgetPeriodEnds");
    assertThat(job(instance).getDuedate()).isEqualTo(Date.from(end1));
    execute(job(instance));
    assertThat(instance).isWaitingAt(AwardProcess.TASK_GO_NO_GO);
    complete(instance, AwardTasks.GO_NO_GO, Map.of("decision", "GO", "justification", "Met"));
    assertThat(instance).isEnded().hasPassed("EndEvent_LastBudgetPeriod");
    assertThat(steps.calls)
        .containsExactly(
            "prepare",
            "sign:APPROVE",
            "answer:ACCEPT:true",
            "schedule:" + end1,
            "goNoGo:GO",
            "schedule:null");
  }

  @Test
  void noGoEndsTheAwardForTermination() {
    steps.decisionDates.add(Instant.parse("2028-01-01T05:00:00Z"));
    ProcessInstance instance = award();
    signedAndAccepted(instance);
    execute(job(instance));
    complete(
        instance,
        AwardTasks.GO_NO_GO,
        Map.of("decision", "NO_GO", "justification", "Pilot failed"));
    assertThat(instance).isEnded().hasPassed("EndEvent_AwardTerminated");
  }

  @Test
  void aGoRefusedWhileWithheldLeavesTheDecisionOpenUntilTheConditionIsRemoved() {
    steps.decisionDates.add(Instant.parse("2028-01-01T05:00:00Z"));
    ProcessInstance instance = award();
    signedAndAccepted(instance);
    execute(job(instance));
    steps.withheld = true;
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    AwardTasks.GO_NO_GO,
                    Map.of("decision", "GO", "justification", "Met")))
        .hasRootCauseInstanceOf(RuleViolationException.class);
    assertThat(instance).isWaitingAt(AwardProcess.TASK_GO_NO_GO);
    steps.withheld = false;
    complete(instance, AwardTasks.GO_NO_GO, Map.of("decision", "GO", "justification", "Met"));
    assertThat(instance).isEnded();
  }

  @Test
  void anAcceptanceWithoutTheRequiredFieldsIsRefusedBeforeTheProcessMoves() {
    ProcessInstance instance = award();
    complete(instance, AwardTasks.PREPARE_AWARD, Map.of());
    complete(instance, AwardTasks.SIGN_AWARD, Map.of("decision", "APPROVE"));
    assertThatThrownBy(() -> complete(instance, AwardTasks.ACCEPT_AWARD, Map.of()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("decision");
    assertThat(instance).isWaitingAt(AwardProcess.TASK_ACCEPT);
  }

  private ProcessInstance condition(Instant deadline) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            AwardProcess.CONDITION_ID_PROCESS,
            "SC-2026-000001",
            Map.of(
                AwardProcess.CONDITION_ID,
                5L,
                AwardProcess.AWARD_ID,
                7L,
                AwardProcess.APPLICANT_GROUP,
                "organization-3",
                AwardProcess.CONDITION_DEADLINE,
                Date.from(deadline)));
  }

  private void cure() {
    engine
        .getRuntimeService()
        .createMessageCorrelation(AwardProcess.MESSAGE_CURE_SUBMITTED)
        .processInstanceBusinessKey("SC-2026-000001")
        .correlate();
  }

  @Test
  void aKeptConditionWaitsForAnotherCureAndARemovedOneEnds() {
    ProcessInstance instance = condition(Instant.parse("2030-01-01T05:00:00Z"));
    assertThat(instance).isWaitingAt("Task_AwaitCure");
    cure();
    assertThat(taskQuery().taskDefinitionKey(AwardProcess.TASK_REVIEW_CURE).singleResult())
        .hasCandidateGroup("PROGRAM_OFFICER");
    complete(instance, AwardTasks.REVIEW_CURE, Map.of("decision", "KEEP", "reason", "Partial"));
    assertThat(instance).isWaitingAt("Task_AwaitCure");
    cure();
    complete(instance, AwardTasks.REVIEW_CURE, Map.of("decision", "REMOVE", "reason", "Cured"));
    assertThat(instance).isEnded().hasPassed("EndEvent_ConditionRemoved");
    assertThat(steps.calls).containsExactly("cure:KEEP", "cure:REMOVE");
  }

  @Test
  void aMissedDeadlineIsReportedAndAnExtensionStartsTheWaitAgainWithTheNewDeadline() {
    ProcessInstance instance = condition(Instant.parse("2027-01-01T05:00:00Z"));
    assertThat(job(instance).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2027-01-01T05:00:00Z")));
    execute(job(instance));
    assertThat(instance).isWaitingAt("Task_AwaitLateCure");
    assertThat(steps.calls).containsExactly("missed:5");
    Instant later = Instant.parse("2027-03-01T05:00:00Z");
    engine
        .getRuntimeService()
        .setVariable(instance.getId(), AwardProcess.CONDITION_DEADLINE, Date.from(later));
    engine
        .getRuntimeService()
        .createMessageCorrelation(AwardProcess.MESSAGE_CONDITION_EXTENDED)
        .processInstanceBusinessKey("SC-2026-000001")
        .correlateAll();
    assertThat(instance).isWaitingAt("Task_AwaitCure");
    assertThat(job(instance).getDuedate()).isEqualTo(Date.from(later));
    cure();
    assertThat(instance).isWaitingAt(AwardProcess.TASK_REVIEW_CURE);
  }

  @Test
  void aLateCureIsStillReviewed() {
    ProcessInstance instance = condition(Instant.parse("2027-01-01T05:00:00Z"));
    execute(job(instance));
    cure();
    assertThat(instance).isWaitingAt(AwardProcess.TASK_REVIEW_CURE);
  }

  private ProcessInstance amendment() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            AwardProcess.AMENDMENT_ID_PROCESS,
            "AMD-2026-000001",
            Map.of(AwardProcess.AMENDMENT_ID, 9L, AwardProcess.AWARD_ID, 7L));
  }

  @Test
  void anAmendmentIsApprovedOrRejectedByTheSelectingOfficial() {
    ProcessInstance approved = amendment();
    assertThat(taskQuery().taskDefinitionKey(AwardProcess.TASK_APPROVE_AMENDMENT).singleResult())
        .hasCandidateGroup("SELECTING_OFFICIAL");
    complete(approved, AwardTasks.APPROVE_AMENDMENT, Map.of("decision", "APPROVE"));
    assertThat(approved).isEnded().hasPassed("EndEvent_AmendmentApproved");
    ProcessInstance rejected = amendment();
    complete(
        rejected, AwardTasks.APPROVE_AMENDMENT, Map.of("decision", "REJECT", "reason", "No funds"));
    assertThat(rejected).isEnded().hasPassed("EndEvent_AmendmentRejected");
    assertThat(steps.calls).containsExactly("amendment:APPROVE", "amendment:REJECT");
  }
}
