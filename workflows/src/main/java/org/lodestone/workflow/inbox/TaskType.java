package org.lodestone.workflow.inbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestone.intake.domain.Application;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;
import org.lodestone.workflow.intake.IntakeProcess;

/**
 * The kinds of work a person can be asked to do, each tied to a user task of a process model, with
 * the rules of the body that completes it and the process variables that body becomes.
 */
public enum TaskType {
  SCREEN_APPLICATION(IntakeProcess.TASK_SCREEN) {
    @Override
    Map<String, Object> variables(Map<String, ?> body) {
      List<Violation> violations = new ArrayList<>();
      String decision = text(body, "decision");
      String reason = text(body, "reason");
      if (decision == null) {
        violations.add(new Violation("decision", "is required: ACCEPT, RETURN or REJECT"));
      } else if (!Set.of("ACCEPT", "RETURN", "REJECT").contains(decision)) {
        violations.add(new Violation("decision", "must be ACCEPT, RETURN or REJECT"));
      }
      if (reason == null && ("RETURN".equals(decision) || "REJECT".equals(decision))) {
        violations.add(new Violation("reason", "is required to return or reject an application"));
      }
      if (reason != null && reason.length() > Application.REASON_MAX) {
        violations.add(
            new Violation("reason", "must be at most " + Application.REASON_MAX + " characters"));
      }
      if (!violations.isEmpty()) {
        throw new RuleViolationException(violations);
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(IntakeProcess.SCREENING_DECISION, decision);
      variables.put(IntakeProcess.SCREENING_REASON, reason);
      return variables;
    }
  },

  CORRECT_APPLICATION(IntakeProcess.TASK_CORRECT) {
    @Override
    Map<String, Object> variables(Map<String, ?> body) {
      throw new RuleViolationException(
          "type", "a CORRECT_APPLICATION task is completed by resubmitting the application");
    }
  };

  private final String taskDefinitionKey;

  TaskType(String taskDefinitionKey) {
    this.taskDefinitionKey = taskDefinitionKey;
  }

  /** Checks a completion body; every violation at once. */
  abstract Map<String, Object> variables(Map<String, ?> body);

  public static Optional<TaskType> ofTask(String taskDefinitionKey) {
    return Arrays.stream(values())
        .filter(t -> t.taskDefinitionKey.equals(taskDefinitionKey))
        .findFirst();
  }

  private static String text(Map<String, ?> body, String field) {
    Object value = body == null ? null : body.get(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().strip();
  }
}
