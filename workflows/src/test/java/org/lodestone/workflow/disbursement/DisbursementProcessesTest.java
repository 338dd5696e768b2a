package org.lodestone.workflow.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
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
import org.lodestone.workflow.engine.Deadlines;
import org.lodestone.workflow.engine.ProcessTestEngine;
import org.lodestone.workflow.inbox.TaskCommands;
import org.lodestone.workflow.inbox.TaskType;

/**
 * Every path of DisbursementProcess.bpmn (approved through one or two certifications, returned and
 * resubmitted at each step, rejected at each step, held at the release and continued when the holds
 * lift, a hold placed between the look and the release, the 20-day escalation) and of
 * MilestoneProcess.bpmn (with and without the engineer, returned by either). The domain is replaced
 * by {@link Steps}, which records each call.
 */
@Deployment(resources = {"processes/DisbursementProcess.bpmn", "processes/MilestoneProcess.bpmn"})
class DisbursementProcessesTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

  /** What the disbursement context would do, recorded; holds and releases come from queues. */
  public static class Steps {
    final List<String> calls = new ArrayList<>();
    final Deque<Boolean> holds = new ArrayDeque<>();
    final Deque<Boolean> releases = new ArrayDeque<>();
    boolean aboveThreshold;

    public void decide(DelegateExecution e, String step) {
      DisbursementTasks.DecidePayment c = TaskCommands.of(e, DisbursementTasks.DecidePayment.class);
      calls.add(step + ":" + c.decision());
      e.setVariable(DisbursementProcess.PAYMENT_DECISION, c.decision().name());
      e.setVariable(
          DisbursementProcess.SECOND_NEEDED, aboveThreshold && step.equals("CERTIFY_PAYMENT"));
    }

    public void checkHolds(DelegateExecution e) {
      boolean held = !holds.isEmpty() && holds.poll();
      calls.add("holds:" + held);
      e.setVariable(DisbursementProcess.HELD, held);
    }

    public void release(DelegateExecution e) {
      boolean released = releases.isEmpty() || releases.poll();
      calls.add("release:" + released);
      e.setVariable(DisbursementProcess.RELEASED, released);
    }

    public void escalate(DelegateExecution e) {
      calls.add("escalate");
    }

    public void certifyMilestone(DelegateExecution e) {
      calls.add(
          "certify:" + TaskCommands.of(e, DisbursementTasks.CertifyMilestone.class).decision());
    }

    public void acceptMilestone(DelegateExecution e) {
      calls.add("accept:" + TaskCommands.of(e, DisbursementTasks.AcceptMilestone.class).decision());
    }
  }

  private Steps steps;
  private final Instant escalation = Instant.parse("2027-01-21T05:00:00Z");

  @BeforeEach
  void register() {
    steps = new Steps();
    Mocks.register("deadlines", new Deadlines());
    Mocks.register("settings", new ProgramSettings());
    Mocks.register("disbursementSteps", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance request() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            DisbursementProcess.ID,
            "PR-2026-000001",
            Map.of(
                DisbursementProcess.PAYMENT_REQUEST_ID, 11L,
                DisbursementProcess.AWARD_ID, 7L,
                DisbursementProcess.ESCALATION_AT, Date.from(escalation)));
  }

  private static void complete(ProcessInstance instance, TaskType type, Map<String, Object> body) {
    ProcessTestEngine.complete(instance, type, body);
  }

  private static final Map<String, Object> APPROVE = Map.of("decision", "APPROVE");

  /** The release job: the async continuation before Task_ReleasePayment. */
  private static Job releaseJob(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(DisbursementProcess.TASK_RELEASE)
        .singleResult();
  }

  @Test
  void approvedAndCertifiedIsReleasedInItsOwnTransaction() {
    ProcessInstance instance = request();
    assertThat(instance).isWaitingAt(DisbursementProcess.TASK_APPROVE);
    assertThat(taskQuery().taskDefinitionKey(DisbursementProcess.TASK_APPROVE).singleResult())
        .hasCandidateGroup("PROGRAM_OFFICER");
    complete(instance, DisbursementTasks.APPROVE_PAYMENT, APPROVE);
    assertThat(taskQuery().taskDefinitionKey(DisbursementProcess.TASK_CERTIFY).singleResult())
        .hasCandidateGroup("FINANCE_OFFICER");
    complete(
        instance,
        DisbursementTasks.CERTIFY_PAYMENT,
        Map.of("decision", "APPROVE", "amount", "900.00", "reason", "Travel not allowable"));
    assertThat(instance).isWaitingAt(DisbursementProcess.TASK_RELEASE);
    assertThat(steps.calls).doesNotContain("release:true");
    execute(releaseJob(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_PaymentReleased");
    assertThat(steps.calls)
        .containsExactly(
            "APPROVE_PAYMENT:APPROVE", "CERTIFY_PAYMENT:APPROVE", "holds:false", "release:true");
  }

  @Test
  void aboveTheThresholdASecondFinanceOfficerCertifies() {
    steps.aboveThreshold = true;
    ProcessInstance instance = request();
    complete(instance, DisbursementTasks.APPROVE_PAYMENT, APPROVE);
    complete(instance, DisbursementTasks.CERTIFY_PAYMENT, APPROVE);
    assertThat(instance).isWaitingAt(DisbursementProcess.TASK_SECOND_CERTIFY);
    assertThat(
            taskQuery().taskDefinitionKey(DisbursementProcess.TASK_SECOND_CERTIFY).singleResult())
        .hasCandidateGroup("FINANCE_OFFICER");
    complete(instance, DisbursementTasks.SECOND_CERTIFY_PAYMENT, APPROVE);
    execute(releaseJob(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_PaymentReleased");
  }

  @Test
  void aRequestReturnedAtAnyStepWaitsForTheRecipientAndStartsOverWhenResubmitted() {
    steps.aboveThreshold = true;
    ProcessInstance instance = request();
    Map<String, Object> back = Map.of("decision", "RETURN", "reason", "Attach the invoices");
    complete(instance, DisbursementTasks.APPROVE_PAYMENT, back);
    assertThat(instance).isWaitingAt("Event_Resubmitted");
    resubmit();
    complete(instance, DisbursementTasks.APPROVE_PAYMENT, APPROVE);
    complete(instance, DisbursementTasks.CERTIFY_PAYMENT, back);
    assertThat(instance).isWaitingAt("Event_Resubmitted");
    resubmit();
    complete(instance, DisbursementTasks.APPROVE_PAYMENT, APPROVE);
    complete(instance, DisbursementTasks.CERTIFY_PAYMENT, APPROVE);
    complete(instance, DisbursementTasks.SECOND_CERTIFY_PAYMENT, back);
    assertThat(instance).isWaitingAt("Event_Resubmitted");
    resubmit();
    assertThat(instance).isWaitingAt(DisbursementProcess.TASK_APPROVE);
  }

  private void resubmit() {
    engine
        .getRuntimeService()
        .createMessageCorrelation(DisbursementProcess.MESSAGE_RESUBMITTED)
        .processInstanceBusinessKey("PR-2026-000001")
        .correlate();
  }

  @Test
  void aRequestRejectedAtAnyStepEnds() {
    Map<String, Object> no = Map.of("decision", "REJECT", "reason", "Costs outside the period");
    ProcessInstance first = request();
    complete(first, DisbursementTasks.APPROVE_PAYMENT, no);
    assertThat(first).isEnded().hasPassed("EndEvent_PaymentRejected");

    ProcessInstance second = request();
    complete(second, DisbursementTasks.APPROVE_PAYMENT, APPROVE);
    complete(second, DisbursementTasks.CERTIFY_PAYMENT, no);
    assertThat(second).isEnded().hasPassed("EndEvent_PaymentRejected");

    steps.aboveThreshold = true;
    ProcessInstance third = request();
    complete(third, DisbursementTasks.APPROVE_PAYMENT, APPROVE);
    complete(third, DisbursementTasks.CERTIFY_PAYMENT, APPROVE);
    complete(third, DisbursementTasks.SECOND_CERTIFY_PAYMENT, no);
    assertThat(third).isEnded().hasPassed("EndEvent_PaymentRejected");
  }

  @Test
  void aHeldRequestWaitsWithoutAJobAndIsReleasedWhenTheHoldsLift() {
    steps.holds.add(true);
    ProcessInstance instance = request();
    complete(instance, DisbursementTasks.APPROVE_PAYMENT, APPROVE);
    complete(instance, DisbursementTasks.CERTIFY_PAYMENT, APPROVE);
    assertThat(instance).isWaitingAt("Event_HoldsLifted");
    assertThat(releaseJob(instance)).isNull();
    engine
        .getRuntimeService()
        .createMessageCorrelation(DisbursementProcess.MESSAGE_HOLDS_LIFTED)
        .processInstanceVariableEquals(DisbursementProcess.AWARD_ID, 7L)
        .correlateAll();
    execute(releaseJob(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_PaymentReleased");
    assertThat(steps.calls).endsWith("holds:true", "holds:false", "release:true");
  }

  @Test
  void aHoldPlacedBeforeTheReleaseRanSendsTheRequestBackToWait() {
    steps.releases.add(false);
    steps.holds.addAll(List.of(false, true));
    ProcessInstance instance = request();
    complete(instance, DisbursementTasks.APPROVE_PAYMENT, APPROVE);
    complete(instance, DisbursementTasks.CERTIFY_PAYMENT, APPROVE);
    execute(releaseJob(instance));
    assertThat(instance).isWaitingAt("Event_HoldsLifted");
    engine
        .getRuntimeService()
        .createMessageCorrelation(DisbursementProcess.MESSAGE_HOLDS_LIFTED)
        .processInstanceVariableEquals(DisbursementProcess.AWARD_ID, 7L)
        .correlateAll();
    execute(releaseJob(instance));
    assertThat(instance).isEnded();
    assertThat(steps.calls)
        .endsWith("holds:false", "release:false", "holds:true", "holds:false", "release:true");
  }

  @Test
  void aRequestStillPendingTwentyDaysAfterSubmissionEscalatesOnceAndStaysOpen() {
    ProcessInstance instance = request();
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(escalation));
    execute(timer);
    assertThat(steps.calls).containsExactly("escalate");
    assertThat(instance).isWaitingAt(DisbursementProcess.TASK_APPROVE);
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .count())
        .isZero();
  }

  private ProcessInstance milestone(boolean engineer) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            DisbursementProcess.MILESTONE_PROCESS,
            "AWD-2026-000001/M1",
            Map.of(
                DisbursementProcess.MILESTONE_ID, 5L,
                DisbursementProcess.AWARD_ID, 7L,
                DisbursementProcess.ENGINEER_CERTIFICATION, engineer));
  }

  @Test
  void theEngineerCertifiesThenTheProgramOfficerAccepts() {
    ProcessInstance instance = milestone(true);
    assertThat(
            taskQuery()
                .taskDefinitionKey(DisbursementProcess.TASK_CERTIFY_MILESTONE)
                .singleResult())
        .hasCandidateGroup("INDEPENDENT_ENGINEER");
    complete(instance, DisbursementTasks.CERTIFY_MILESTONE, Map.of("decision", "CERTIFY"));
    assertThat(
            taskQuery().taskDefinitionKey(DisbursementProcess.TASK_ACCEPT_MILESTONE).singleResult())
        .hasCandidateGroup("PROGRAM_OFFICER");
    complete(instance, DisbursementTasks.ACCEPT_MILESTONE, Map.of("decision", "ACCEPT"));
    assertThat(instance).isEnded().hasPassed("EndEvent_MilestoneAccepted");
    assertThat(steps.calls).containsExactly("certify:CERTIFY", "accept:ACCEPT");
  }

  @Test
  void withoutTheEngineerTheProgramOfficerDecidesAndEitherMayReturn() {
    ProcessInstance direct = milestone(false);
    assertThat(direct).isWaitingAt(DisbursementProcess.TASK_ACCEPT_MILESTONE);
    complete(
        direct, DisbursementTasks.ACCEPT_MILESTONE, Map.of("decision", "RETURN", "reason", "x"));
    assertThat(direct).isEnded().hasPassed("EndEvent_MilestoneReturned");

    ProcessInstance certified = milestone(true);
    complete(
        certified,
        DisbursementTasks.CERTIFY_MILESTONE,
        Map.of("decision", "RETURN", "reason", "y"));
    assertThat(certified).isEnded().hasPassed("EndEvent_CertificationReturned");
    assertThat(steps.calls).containsExactly("accept:RETURN", "certify:RETURN");
  }
}
