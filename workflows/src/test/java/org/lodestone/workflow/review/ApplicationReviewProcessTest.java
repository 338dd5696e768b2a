package org.lodestone.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import org.lodestone.shared.RuleViolationException;
import org.lodestone.workflow.engine.Deadlines;
import org.lodestone.workflow.engine.ProcessTestEngine;
import org.lodestone.workflow.inbox.TaskType;

/**
 * Every path of ApplicationReviewProcess.bpmn: assignment, the three branches that must all finish
 * before selection, agreement and reconciliation, both selection outcomes, and a refused selection.
 */
@Deployment(resources = "processes/ApplicationReviewProcess.bpmn")
class ApplicationReviewProcessTest {

  private static final String NUMBER = "APP-2026-000001";

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

  private final List<String> calls = new ArrayList<>();
  private boolean disagree;

  @BeforeEach
  void delegates() {
    Mocks.register("deadlines", new Deadlines());
    Mocks.register("settings", new ProgramSettings());
    Mocks.register("openEvaluationDelegate", recorder("open", null));
    Mocks.register(
        "assignReviewersDelegate",
        (JavaDelegate) e -> calls.add("assign:" + ReviewProcess.reviewers(e)));
    Mocks.register(
        "recordConsensusDelegate",
        (JavaDelegate)
            e -> {
              calls.add("consensus");
              e.setVariable(ReviewProcess.RECONCILIATION_NEEDED, disagree);
            });
    Mocks.register(
        "reconcileConsensusDelegate",
        (JavaDelegate)
            e ->
                calls.add(
                    "reconcile:"
                        + ReviewProcess.command(e, ReviewTasks.ReconcileScores.class)
                            .consensusScore()
                        + ":"
                        + ReviewProcess.command(e, ReviewTasks.ReconcileScores.class).rationale()));
    Mocks.register("recordNepaClassDelegate", recorder("nepa", ReviewProcess.NEPA_CLASS));
    Mocks.register("recordRiskRatingDelegate", recorder("risk", ReviewProcess.RISK_RATING));
    Mocks.register(
        "recordSelectionDecisionDelegate", recorder("decide", ReviewProcess.SELECTION_DECISION));
  }

  private JavaDelegate recorder(String step, String variable) {
    return e ->
        calls.add(
            step
                + ":"
                + e.getVariable(ReviewProcess.APPLICATION_ID)
                + (variable == null ? "" : ":" + e.getVariable(variable)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance accepted() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            ReviewProcess.ID, NUMBER, Map.of(ReviewProcess.APPLICATION_ID, 41L));
  }

  private static Task task(ProcessInstance instance, String key) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  /** Completes the instance's open task of a type with the variables an API body becomes. */
  private static void complete(ProcessInstance instance, TaskType type, Map<String, Object> body) {
    ProcessTestEngine.complete(instance, type, body);
  }

  private void reviewersAssignedAndAllReviewsIn(ProcessInstance instance) {
    complete(instance, ReviewTasks.ASSIGN_REVIEWERS, Map.of("reviewers", List.of("rita", "ravi")));
    allReviewsIn();
  }

  private void allReviewsIn() {
    engine
        .getRuntimeService()
        .createMessageCorrelation(ReviewProcess.MESSAGE_REVIEWS_COMPLETE)
        .processInstanceBusinessKey(NUMBER)
        .correlate();
  }

  /** Reviewers assigned, all reviews in, NEPA class and risk recorded. */
  private ProcessInstance readyForSelection() {
    ProcessInstance instance = accepted();
    reviewersAssignedAndAllReviewsIn(instance);
    complete(instance, ReviewTasks.ENVIRONMENTAL_SCREENING, Map.of("nepaClass", "EA"));
    complete(instance, ReviewTasks.RISK_REVIEW, Map.of("rating", "LOW"));
    return instance;
  }

  @Test
  void anAcceptedApplicationWaitsForAssignmentEnvironmentalScreeningAndRiskReviewAtOnce() {
    ProcessInstance instance = accepted();

    assertThat(instance)
        .hasPassed("Task_OpenEvaluation")
        .isWaitingAt(
            ReviewProcess.TASK_ASSIGN,
            ReviewProcess.TASK_SCREEN_ENVIRONMENT,
            ReviewProcess.TASK_REVIEW_RISK);
    assertThat(task(instance, ReviewProcess.TASK_ASSIGN)).hasCandidateGroup("PROGRAM_OFFICER");
    assertThat(task(instance, ReviewProcess.TASK_SCREEN_ENVIRONMENT))
        .hasCandidateGroup("PERMITTING_SPECIALIST");
    assertThat(task(instance, ReviewProcess.TASK_REVIEW_RISK)).hasCandidateGroup("PROGRAM_OFFICER");
    assertThat(calls).containsExactly("open:41");
  }

  @Test
  void assignedReviewersAreRecordedAndTheProcessWaitsForTheirReviews() {
    ProcessInstance instance = accepted();

    complete(instance, ReviewTasks.ASSIGN_REVIEWERS, Map.of("reviewers", List.of("rita", "ravi")));

    assertThat(instance).isWaitingAt("Event_ReviewsComplete");
    assertThat(calls).containsExactly("open:41", "assign:[rita, ravi]");
  }

  @Test
  void selectionWaitsUntilReviewsScreeningAndRiskAreAllDone() {
    ProcessInstance instance = accepted();
    reviewersAssignedAndAllReviewsIn(instance);
    complete(instance, ReviewTasks.ENVIRONMENTAL_SCREENING, Map.of("nepaClass", "CATEX"));

    assertThat(instance).isWaitingAt(ReviewProcess.TASK_REVIEW_RISK);
    assertThat(instance).hasNotPassed(ReviewProcess.TASK_SELECT);

    complete(
        instance,
        ReviewTasks.RISK_REVIEW,
        Map.of("rating", "HIGH", "notes", "Thin balance sheet."));
    assertThat(instance).isWaitingAt(ReviewProcess.TASK_SELECT);
    assertThat(task(instance, ReviewProcess.TASK_SELECT)).hasCandidateGroup("SELECTING_OFFICIAL");
  }

  @Test
  void agreeingReviewersNeedNoReconciliationAndASelectionEndsSelected() {
    ProcessInstance instance = readyForSelection();

    complete(
        instance,
        ReviewTasks.SELECT_APPLICATION,
        Map.of("decision", "SELECT", "justification", "Ranks first; fits the funds."));

    assertThat(instance).hasPassed("EndEvent_ApplicationSelected").isEnded();
    assertThat(instance).hasNotPassed(ReviewProcess.TASK_RECONCILE);
    assertThat(calls)
        .containsExactly(
            "open:41",
            "assign:[rita, ravi]",
            "consensus",
            "nepa:41:EA",
            "risk:41:LOW",
            "decide:41:SELECT");
  }

  @Test
  void disagreeingReviewersAreReconciledByAProgramOfficerBeforeSelection() {
    disagree = true;
    ProcessInstance instance = accepted();
    reviewersAssignedAndAllReviewsIn(instance);

    assertThat(instance).isWaitingAt(ReviewProcess.TASK_RECONCILE);
    assertThat(task(instance, ReviewProcess.TASK_RECONCILE)).hasCandidateGroup("PROGRAM_OFFICER");
    complete(
        instance,
        ReviewTasks.RECONCILE_SCORES,
        Map.of("consensusScore", "71.5", "rationale", "Panel call on 3 March."));

    assertThat(calls).contains("reconcile:71.5:Panel call on 3 March.");
    assertThat(instance).hasPassed("Gateway_ConsensusReached");
  }

  @Test
  void aDeclineEndsDeclined() {
    ProcessInstance instance = readyForSelection();

    complete(
        instance,
        ReviewTasks.SELECT_APPLICATION,
        Map.of("decision", "DECLINE", "justification", "Ranks below the funding line."));

    assertThat(instance).hasPassed("EndEvent_ApplicationDeclined").isEnded();
    assertThat(calls).endsWith("decide:41:DECLINE");
  }

  @Test
  void aSelectionRefusedForLackOfFundsLeavesTheTaskOpenForAnotherDecision() {
    ProcessInstance instance = readyForSelection();
    Mocks.register(
        "recordSelectionDecisionDelegate",
        (JavaDelegate)
            e -> {
              if ("SELECT".equals(e.getVariable(ReviewProcess.SELECTION_DECISION))) {
                throw new RuleViolationException("decision", "would exceed the funds by $1.00");
              }
              calls.add("decide:declined");
            });

    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    ReviewTasks.SELECT_APPLICATION,
                    Map.of("decision", "SELECT", "justification", "Best ranked.")))
        .hasMessageContaining("exceed the funds");
    assertThat(instance).isWaitingAt(ReviewProcess.TASK_SELECT);

    complete(
        instance,
        ReviewTasks.SELECT_APPLICATION,
        Map.of("decision", "DECLINE", "justification", "Funds exhausted."));
    assertThat(instance).hasPassed("EndEvent_ApplicationDeclined").isEnded();
  }
}
