package org.lodestone.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;
import org.lodestone.workflow.intake.IntakeProcess;
import org.lodestone.workflow.review.ReviewProcess;

class TaskTypeTest {

  @Test
  void screeningAcceptNeedsNoReason() {
    Map<String, Object> variables =
        TaskType.SCREEN_APPLICATION.variables(Map.of("decision", "ACCEPT"));

    assertThat(variables).containsEntry(IntakeProcess.SCREENING_DECISION, "ACCEPT");
  }

  @Test
  void screeningReturnWithoutReasonNamesTheReasonField() {
    assertThatThrownBy(() -> TaskType.SCREEN_APPLICATION.variables(Map.of("decision", "RETURN")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
  }

  @Test
  void screeningWithUnknownDecisionAndOverlongReasonListsBoth() {
    assertThatThrownBy(
            () ->
                TaskType.SCREEN_APPLICATION.variables(
                    Map.of("decision", "MAYBE", "reason", "x".repeat(2001))))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("decision", "reason"));
  }

  @Test
  void correctionCannotBeCompletedThroughTheInbox() {
    assertThatThrownBy(() -> TaskType.CORRECT_APPLICATION.variables(Map.of()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("resubmitting");
  }

  @Test
  void everyTaskTypeMapsFromItsUserTaskId() {
    assertThat(TaskType.ofTask("Task_ScreenApplication")).contains(TaskType.SCREEN_APPLICATION);
    assertThat(TaskType.ofTask("Task_CorrectApplication")).contains(TaskType.CORRECT_APPLICATION);
    assertThat(TaskType.ofTask("Task_Unknown")).isEmpty();
  }

  @Test
  void scoresMustBeWholeNumbersAndAreHandedOnWithoutBeingStored() {
    assertThatThrownBy(
            () ->
                TaskType.SCORE_APPLICATION.variables(
                    Map.of("scores", Map.of("TECHNICAL_MERIT", "4.5"), "comments", "ok")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("scores.TECHNICAL_MERIT"));

    var variables =
        TaskType.SCORE_APPLICATION.variables(
            Map.of("scores", Map.of("TECHNICAL_MERIT", 4), "comments", "ok"));
    assertThat(variables.getValueTyped(ReviewProcess.SCORES).isTransient()).isTrue();
    assertThat(variables.get(ReviewProcess.SCORES)).isEqualTo(Map.of("TECHNICAL_MERIT", 4));
  }

  @Test
  void aDeclarationNeedsTrueOrFalseAndAnAssignmentAListOfUsernames() {
    assertThatThrownBy(() -> TaskType.DECLARE_CONFLICT.variables(Map.of("conflict", "maybe")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("conflict"));
    assertThatThrownBy(() -> TaskType.ASSIGN_REVIEWERS.variables(Map.of("reviewers", "rita")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("reviewers"));
    assertThat(TaskType.DECLARE_CONFLICT.variables(Map.of("conflict", "false")))
        .containsEntry(ReviewProcess.CONFLICT, false);
  }

  @Test
  void selectionNepaAndRiskTakeOnlyTheirCodes() {
    assertThatThrownBy(() -> TaskType.SELECT_APPLICATION.variables(Map.of("decision", "APPROVE")))
        .hasMessageContaining("SELECT, DECLINE");
    assertThatThrownBy(
            () -> TaskType.ENVIRONMENTAL_SCREENING.variables(Map.of("nepaClass", "FONSI")))
        .hasMessageContaining("CATEX, EA, EIS");
    assertThatThrownBy(() -> TaskType.RISK_REVIEW.variables(Map.of()))
        .hasMessageContaining("LOW, MEDIUM, HIGH");
  }

  @Test
  void bothAssignmentStepsAreReviewerAssignments() {
    assertThat(TaskType.ofTask(ReviewProcess.TASK_ASSIGN)).contains(TaskType.ASSIGN_REVIEWERS);
    assertThat(TaskType.ofTask(ReviewProcess.TASK_REPLACE)).contains(TaskType.ASSIGN_REVIEWERS);
  }
}
