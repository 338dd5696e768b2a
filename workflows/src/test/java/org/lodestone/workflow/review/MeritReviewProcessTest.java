package org.lodestone.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

/**
 * Every path of MeritReviewProcess.bpmn: declaration, conflict and replacement, scoring, the
 * reminder before the deadline and the escalation after it. Tasks are completed with the variables
 * the inbox makes from an API body, so the transient hand-over to the recording steps is tested
 * too.
 */
@Deployment(resources = "processes/MeritReviewProcess.bpmn")
class MeritReviewProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

  private final List<String> calls = new ArrayList<>();
  private final Instant reviewDue = Instant.now().plus(Duration.ofDays(14));

  @BeforeEach
  void delegates() {
    Mocks.register("deadlines", new Deadlines());
    Mocks.register("settings", new ProgramSettings());
    Mocks.register(
        "recordDeclarationDelegate",
        (JavaDelegate)
            e ->
                calls.add(
                    "declare:"
                        + e.getVariable(ReviewProcess.REVIEW_ID)
                        + ":"
                        + e.getVariable(ReviewProcess.CONFLICT)
                        + ":"
                        + ReviewProcess.command(e, ReviewTasks.DeclareConflict.class)
                            .explanation()));
    Mocks.register(
        "recordScoresDelegate",
        (JavaDelegate)
            e ->
                calls.add(
                    "scores:"
                        + e.getVariable(ReviewProcess.REVIEW_ID)
                        + ":"
                        + ReviewProcess.command(e, ReviewTasks.ScoreApplication.class).scores()
                        + ":"
                        + ReviewProcess.command(e, ReviewTasks.ScoreApplication.class).comments()));
    Mocks.register(
        "remindReviewerDelegate",
        (JavaDelegate) e -> calls.add("remind:" + e.getVariable(ReviewProcess.REVIEW_ID)));
    Mocks.register(
        "escalateReviewDelegate",
        (JavaDelegate) e -> calls.add("escalate:" + e.getVariable(ReviewProcess.REVIEW_ID)));
    Mocks.register(
        "assignReplacementDelegate",
        (JavaDelegate)
            e ->
                calls.add(
                    "replace:"
                        + e.getVariable(ReviewProcess.REVIEW_ID)
                        + ":"
                        + ReviewProcess.reviewers(e)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance assigned() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            ReviewProcess.MERIT_REVIEW_ID,
            "APP-2026-000001",
            Map.of(
                ReviewProcess.APPLICATION_ID,
                41L,
                ReviewProcess.REVIEW_ID,
                7L,
                ReviewProcess.REVIEWER,
                "rita",
                ReviewProcess.REMINDER_DUE,
                Date.from(reviewDue.minus(Duration.ofDays(3))),
                ReviewProcess.REVIEW_DUE,
                Date.from(reviewDue)));
  }

  private static void declare(ProcessInstance instance, Map<String, Object> body) {
    complete(task(instance), ReviewTasks.DECLARE_CONFLICT.variables(body));
  }

  private List<Job> timers(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .list()
        .stream()
        .sorted(Comparator.comparing(Job::getDuedate))
        .toList();
  }

  @Test
  void theReviewerDeclaresFirstOnATaskAssignedToItDueAtTheReviewDeadline() {
    ProcessInstance instance = assigned();

    assertThat(instance).isWaitingAt(ReviewProcess.TASK_DECLARE);
    assertThat(task(instance)).isAssignedTo("rita");
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(reviewDue));
  }

  @Test
  void noConflictLeadsToScoringAndSubmittedScoresEndTheReview() {
    ProcessInstance instance = assigned();
    declare(instance, Map.of("conflict", false));

    assertThat(instance).isWaitingAt(ReviewProcess.TASK_SCORE);
    assertThat(task(instance)).isAssignedTo("rita");
    complete(
        task(instance),
        ReviewTasks.SCORE_APPLICATION.variables(
            Map.of("scores", Map.of("TECHNICAL_MERIT", 4), "comments", "Sound pilot data.")));

    assertThat(instance).hasPassed("EndEvent_ReviewSubmitted").isEnded();
    assertThat(calls)
        .containsExactly("declare:7:false:null", "scores:7:{TECHNICAL_MERIT=4}:Sound pilot data.");
  }

  @Test
  void scoresAndCommentsAreHandedOnButNeverStoredByTheEngine() {
    ProcessInstance instance = assigned();
    declare(instance, Map.of("conflict", false));
    complete(
        task(instance),
        ReviewTasks.SCORE_APPLICATION.variables(
            Map.of("scores", Map.of("TECHNICAL_MERIT", 4), "comments", "Sound pilot data.")));

    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .list())
        .extracting(v -> v.getName())
        .doesNotContain(TaskCommands.VARIABLE, "scores", "comments")
        .contains(ReviewProcess.CONFLICT);
  }

  @Test
  void aDeclaredConflictAsksTheProgramOfficersForAReplacement() {
    ProcessInstance instance = assigned();
    declare(instance, Map.of("conflict", true, "explanation", "I advised the applicant in 2025."));

    assertThat(instance).isWaitingAt(ReviewProcess.TASK_REPLACE);
    assertThat(task(instance)).hasCandidateGroup("PROGRAM_OFFICER");
    complete(
        task(instance),
        ReviewTasks.ASSIGN_REVIEWERS.variables(Map.of("reviewers", List.of("rosa"))));

    assertThat(instance).hasPassed("EndEvent_ReviewerReplaced").isEnded();
    assertThat(instance).hasNotPassed(ReviewProcess.TASK_SCORE);
    assertThat(calls)
        .containsExactly("declare:7:true:I advised the applicant in 2025.", "replace:7:[rosa]");
  }

  @Test
  void theReminderFiresBeforeTheDeadlineAndScoringStaysOpen() {
    ProcessInstance instance = assigned();
    declare(instance, Map.of("conflict", false));
    List<Job> timers = timers(instance);
    assertThat(timers).hasSize(2);
    assertThat(timers.get(0).getDuedate())
        .isEqualTo(Date.from(reviewDue.minus(Duration.ofDays(3))));

    execute(timers.get(0));

    assertThat(instance).hasPassed("Task_RemindReviewer", "EndEvent_ReminderSent");
    assertThat(instance).isWaitingAt(ReviewProcess.TASK_SCORE);
    assertThat(calls).endsWith("remind:7");
  }

  @Test
  void aMissedScoringDeadlineEscalatesRemovesTheTaskAndAsksForAReplacement() {
    ProcessInstance instance = assigned();
    declare(instance, Map.of("conflict", false));
    Job deadline = timers(instance).get(1);
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(reviewDue));

    execute(deadline);

    assertThat(instance).hasPassed("Task_EscalateReview").isWaitingAt(ReviewProcess.TASK_REPLACE);
    assertThat(timers(instance)).isEmpty();
    complete(
        task(instance),
        ReviewTasks.ASSIGN_REVIEWERS.variables(Map.of("reviewers", List.of("ravi"))));
    assertThat(instance).hasPassed("EndEvent_ReviewerReplaced").isEnded();
    assertThat(calls).containsExactly("declare:7:false:null", "escalate:7", "replace:7:[ravi]");
  }

  @Test
  void aMissedDeclarationDeadlineEscalatesToo() {
    ProcessInstance instance = assigned();

    execute(timers(instance).get(0));

    assertThat(instance).hasPassed("Task_EscalateReview").isWaitingAt(ReviewProcess.TASK_REPLACE);
    assertThat(calls).containsExactly("escalate:7");
  }
}
