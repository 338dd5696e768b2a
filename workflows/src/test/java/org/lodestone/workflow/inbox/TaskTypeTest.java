package org.lodestone.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;
import org.lodestone.workflow.intake.IntakeProcess;

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
}
