package org.lodestone.workflow.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ScreeningDecision;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.SubjectKind;
import org.lodestone.workflow.inbox.MaxLength;
import org.lodestone.workflow.inbox.Required;
import org.lodestone.workflow.inbox.TaskCatalogue;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.TaskType;

/** The work of application intake: screening, and the applicant's correction. */
public enum IntakeTasks implements TaskType {
  SCREEN_APPLICATION("Screening", ScreenApplication.class, IntakeProcess.TASK_SCREEN),
  CORRECT_APPLICATION("Correction requested", CorrectApplication.class, IntakeProcess.TASK_CORRECT);

  private final Definition definition;

  IntakeTasks(String label, Class<? extends TaskCommand> command, String... steps) {
    this.definition = Definition.of(label, SubjectKind.APPLICATION, command, steps);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** Accept for merit review, return for correction or reject; a reason to return or reject. */
  public record ScreenApplication(
      @Required ScreeningDecision decision, @MaxLength(Application.REASON_MAX) String reason)
      implements TaskCommand {

    public ScreenApplication {
      if (decision != null && decision.needsReason() && (reason == null || reason.isBlank())) {
        throw new RuleViolationException(
            "reason", "is required to return or reject an application");
      }
    }

    @Override
    public Map<String, Object> processVariables() {
      return Map.of(IntakeProcess.SCREENING_DECISION, decision.name());
    }
  }

  /** Done by resubmitting the application, not through the inbox. */
  public record CorrectApplication() implements TaskCommand {
    public CorrectApplication {
      throw new RuleViolationException(
          "type", "a CORRECT_APPLICATION task is completed by resubmitting the application");
    }
  }

  /** Intake's entry in the inbox. */
  @ApplicationScoped
  public static class Catalogue implements TaskCatalogue {
    @Override
    public List<IntakeTasks> taskTypes() {
      return List.of(values());
    }
  }
}
