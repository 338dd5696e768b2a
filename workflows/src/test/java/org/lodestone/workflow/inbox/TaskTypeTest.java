package org.lodestone.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;
import org.lodestone.workflow.engine.ProcessModels;
import org.lodestone.workflow.intake.IntakeProcess;
import org.lodestone.workflow.intake.IntakeTasks;
import org.lodestone.workflow.review.ReviewProcess;
import org.lodestone.workflow.review.ReviewTasks;

class TaskTypeTest {

  /** Every catalogue of the application; a new process package adds its own here. */
  static final TaskTypes TYPES =
      new TaskTypes(
          List.of(
              new IntakeTasks.Catalogue(),
              new ReviewTasks.Catalogue(),
              new org.lodestone.workflow.award.AwardTasks.Catalogue(),
              new org.lodestone.workflow.permitting.PermittingTasks.Catalogue(),
              new org.lodestone.workflow.disbursement.DisbursementTasks.Catalogue(),
              new org.lodestone.workflow.reporting.ReportTasks.Catalogue()));

  @Test
  void everyUserTaskOfEveryModelHasACataloguedTypeAndEveryTypeAUserTask() throws IOException {
    Set<String> userTasks = new HashSet<>();
    Pattern userTask = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");
    for (String file : ProcessModels.FILES) {
      Matcher m =
          userTask.matcher(
              Files.readString(Path.of("src/main/resources", ProcessModels.FOLDER, file)));
      while (m.find()) {
        userTasks.add(m.group(1));
      }
    }
    assertThat(userTasks).isNotEmpty();
    for (String step : userTasks) {
      assertThat(TYPES.ofStep(step)).as("task type of user task " + step).isPresent();
    }
    Set<String> catalogued = new HashSet<>();
    TYPES.all().forEach(t -> catalogued.addAll(t.steps()));
    assertThat(userTasks).containsAll(catalogued);
    assertThat(TYPES.all()).extracting(TaskType::name).doesNotHaveDuplicates();
  }

  @Test
  void screeningAcceptNeedsNoReason() {
    Map<String, Object> variables =
        IntakeTasks.SCREEN_APPLICATION.variables(Map.of("decision", "ACCEPT"));

    assertThat(variables).containsEntry(IntakeProcess.SCREENING_DECISION, "ACCEPT");
  }

  @Test
  void screeningReturnWithoutReasonNamesTheReasonField() {
    assertThatThrownBy(() -> IntakeTasks.SCREEN_APPLICATION.variables(Map.of("decision", "RETURN")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
  }

  @Test
  void screeningWithUnknownDecisionAndOverlongReasonListsBothWithoutRepeatingThem() {
    String decision = "MAYBE" + "x".repeat(100);
    assertThatThrownBy(
            () ->
                IntakeTasks.SCREEN_APPLICATION.variables(
                    Map.of("decision", decision, "reason", "x".repeat(2001))))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly("decision", "reason");
              assertThat(e.violations())
                  .extracting(Violation::message)
                  .noneMatch(m -> m.contains("MAYBE"));
            });
  }

  @Test
  void correctionCannotBeCompletedThroughTheInbox() {
    assertThatThrownBy(() -> IntakeTasks.CORRECT_APPLICATION.variables(Map.of()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("resubmitting");
  }

  @Test
  void everyTaskTypeMapsFromItsUserTaskId() {
    assertThat(TYPES.ofStep("Task_ScreenApplication")).contains(IntakeTasks.SCREEN_APPLICATION);
    assertThat(TYPES.ofStep("Task_CorrectApplication")).contains(IntakeTasks.CORRECT_APPLICATION);
    assertThat(TYPES.ofStep("Task_Unknown")).isEmpty();
  }

  @Test
  void scoresMustBeWholeNumbersAndTheCommandIsHandedOnWithoutBeingStored() {
    assertThatThrownBy(
            () ->
                ReviewTasks.SCORE_APPLICATION.variables(
                    Map.of("scores", Map.of("TECHNICAL_MERIT", "4.5"), "comments", "ok")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("scores.TECHNICAL_MERIT"));

    var variables =
        ReviewTasks.SCORE_APPLICATION.variables(
            Map.of("scores", Map.of("TECHNICAL_MERIT", 4), "comments", "ok"));
    assertThat(variables.getValueTyped(TaskCommands.VARIABLE).isTransient()).isTrue();
    assertThat(variables.get(TaskCommands.VARIABLE))
        .isEqualTo(new ReviewTasks.ScoreApplication(Map.of("TECHNICAL_MERIT", 4), "ok"));
    assertThat(variables).containsOnlyKeys(TaskCommands.VARIABLE);
  }

  @Test
  void hugeOrLongNumbersAreRefusedBeforeTheyAreComputedWithAndNotRepeated() {
    for (String number : List.of("1E-2000000", "1E+2000000000", "9".repeat(100), "1.5E+30")) {
      assertThatThrownBy(
              () ->
                  ReviewTasks.RECONCILE_SCORES.variables(
                      Map.of("consensusScore", number, "rationale", "agreed")))
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e -> {
                assertThat(e.violations()).extracting(Violation::field).contains("consensusScore");
                assertThat(e.getMessage()).doesNotContain(number).hasSizeLessThan(300);
              });
    }
  }

  @Test
  void aDeclarationNeedsTrueOrFalseAndAnAssignmentAListOfUsernames() {
    assertThatThrownBy(() -> ReviewTasks.DECLARE_CONFLICT.variables(Map.of("conflict", "maybe")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("conflict"));
    assertThatThrownBy(() -> ReviewTasks.ASSIGN_REVIEWERS.variables(Map.of("reviewers", "rita")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("reviewers"));
    assertThat(ReviewTasks.DECLARE_CONFLICT.variables(Map.of("conflict", "false")))
        .containsEntry(ReviewProcess.CONFLICT, false);
  }

  @Test
  void selectionNepaAndRiskTakeOnlyTheirCodes() {
    assertThatThrownBy(
            () -> ReviewTasks.SELECT_APPLICATION.variables(Map.of("decision", "APPROVE")))
        .hasMessageContaining("SELECT, DECLINE");
    assertThatThrownBy(
            () -> ReviewTasks.ENVIRONMENTAL_SCREENING.variables(Map.of("nepaClass", "FONSI")))
        .hasMessageContaining("CATEX, EA, EIS");
    assertThatThrownBy(() -> ReviewTasks.RISK_REVIEW.variables(Map.of()))
        .hasMessageContaining("LOW, MEDIUM, HIGH");
  }

  @Test
  void bothAssignmentStepsAreReviewerAssignments() {
    assertThat(TYPES.ofStep(ReviewProcess.TASK_ASSIGN)).contains(ReviewTasks.ASSIGN_REVIEWERS);
    assertThat(TYPES.ofStep(ReviewProcess.TASK_REPLACE)).contains(ReviewTasks.ASSIGN_REVIEWERS);
  }
}
