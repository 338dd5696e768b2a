package org.lodestone.workflow.inbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.lodestone.intake.domain.Application;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;
import org.lodestone.workflow.intake.IntakeProcess;
import org.lodestone.workflow.review.ReviewProcess;

/**
 * The kinds of work a person can be asked to do, each tied to user tasks of the process models,
 * with the shape of the body that completes it and the process variables that body becomes. The
 * domain checks the rest (score ranges, funds, who may be assigned) when the next step records it.
 */
public enum TaskType {
  SCREEN_APPLICATION("Screening", IntakeProcess.TASK_SCREEN) {
    @Override
    void read(Body body) {
      String decision = body.choice("decision", "ACCEPT", "RETURN", "REJECT");
      String reason = body.text("reason", Application.REASON_MAX);
      if (reason == null && ("RETURN".equals(decision) || "REJECT".equals(decision))) {
        body.violation("reason", "is required to return or reject an application");
      }
      body.keep(IntakeProcess.SCREENING_DECISION, decision);
      body.keep(IntakeProcess.SCREENING_REASON, reason);
    }
  },

  CORRECT_APPLICATION("Correction requested", IntakeProcess.TASK_CORRECT) {
    @Override
    void read(Body body) {
      throw new RuleViolationException(
          "type", "a CORRECT_APPLICATION task is completed by resubmitting the application");
    }
  },

  ASSIGN_REVIEWERS("Reviewer assignment", ReviewProcess.TASK_ASSIGN, ReviewProcess.TASK_REPLACE) {
    @Override
    void read(Body body) {
      body.pass(ReviewProcess.REVIEWERS, body.names("reviewers"));
    }
  },

  DECLARE_CONFLICT("Conflict-of-interest declaration", ReviewProcess.TASK_DECLARE) {
    @Override
    void read(Body body) {
      body.keep(ReviewProcess.CONFLICT, body.flag("conflict"));
      body.pass(ReviewProcess.EXPLANATION, body.text("explanation", TEXT_MAX));
    }
  },

  SCORE_APPLICATION("Merit review scoring", ReviewProcess.TASK_SCORE) {
    @Override
    void read(Body body) {
      body.pass(ReviewProcess.SCORES, body.scores("scores"));
      body.pass(ReviewProcess.COMMENTS, body.text("comments", 4000));
    }
  },

  RECONCILE_SCORES("Score reconciliation", ReviewProcess.TASK_RECONCILE) {
    @Override
    void read(Body body) {
      body.pass(ReviewProcess.CONSENSUS_SCORE, body.number("consensusScore"));
      body.pass(ReviewProcess.RATIONALE, body.text("rationale", TEXT_MAX));
    }
  },

  ENVIRONMENTAL_SCREENING("Environmental (NEPA) screening", ReviewProcess.TASK_SCREEN_ENVIRONMENT) {
    @Override
    void read(Body body) {
      body.keep(ReviewProcess.NEPA_CLASS, body.choice("nepaClass", "CATEX", "EA", "EIS"));
      body.pass(ReviewProcess.NOTES, body.text("notes", TEXT_MAX));
    }
  },

  RISK_REVIEW("Risk review", ReviewProcess.TASK_REVIEW_RISK) {
    @Override
    void read(Body body) {
      body.keep(ReviewProcess.RISK_RATING, body.choice("rating", "LOW", "MEDIUM", "HIGH"));
      body.pass(ReviewProcess.NOTES, body.text("notes", TEXT_MAX));
    }
  },

  SELECT_APPLICATION("Selection decision", ReviewProcess.TASK_SELECT) {
    @Override
    void read(Body body) {
      body.keep(ReviewProcess.SELECTION_DECISION, body.choice("decision", "SELECT", "DECLINE"));
      body.pass(ReviewProcess.JUSTIFICATION, body.text("justification", TEXT_MAX));
    }
  };

  private static final int TEXT_MAX = 2000;

  private final String label;
  private final Set<String> taskDefinitionKeys;

  TaskType(String label, String... taskDefinitionKeys) {
    this.label = label;
    this.taskDefinitionKeys = Set.of(taskDefinitionKeys);
  }

  /** The kind of work, in the program's words. */
  public String label() {
    return label;
  }

  abstract void read(Body body);

  /** Checks a completion body and returns the variables it becomes; every violation at once. */
  public VariableMap variables(Map<String, ?> body) {
    Body reader = new Body(body == null ? Map.of() : body);
    read(reader);
    if (!reader.violations.isEmpty()) {
      throw new RuleViolationException(reader.violations);
    }
    return reader.variables;
  }

  public static Optional<TaskType> ofTask(String taskDefinitionKey) {
    return Arrays.stream(values())
        .filter(t -> t.taskDefinitionKeys.contains(taskDefinitionKey))
        .findFirst();
  }

  /** A completion body being read: its fields, the violations found, the variables made. */
  static final class Body {
    private final Map<String, ?> fields;
    private final List<Violation> violations = new ArrayList<>();
    private final VariableMap variables = Variables.createVariables();

    Body(Map<String, ?> fields) {
      this.fields = fields;
    }

    void violation(String field, String message) {
      violations.add(new Violation(field, message));
    }

    /** A variable the process keeps (read by a gateway). */
    void keep(String name, Object value) {
      variables.put(name, value);
    }

    /** A transient variable: handed to the next step, never stored by the engine. */
    void pass(String name, Object value) {
      variables.putValueTyped(name, Variables.untypedValue(value, true));
    }

    String text(String field, int max) {
      Object value = fields.get(field);
      if (value == null || value.toString().isBlank()) {
        return null;
      }
      String text = value.toString().strip();
      if (text.length() > max) {
        violation(field, "must be at most " + max + " characters");
      }
      return text;
    }

    String choice(String field, String... allowed) {
      String value = text(field, 40);
      String options = String.join(", ", allowed);
      if (value == null) {
        violation(field, "is required: " + options);
      } else if (!List.of(allowed).contains(value)) {
        violation(field, "must be one of " + options + "; '" + value + "' is not");
        return null;
      }
      return value;
    }

    Boolean flag(String field) {
      Object value = fields.get(field);
      if (value instanceof Boolean b) {
        return b;
      }
      if ("true".equals(value) || "false".equals(value)) {
        return Boolean.valueOf((String) value);
      }
      violation(field, "is required: true or false");
      return null;
    }

    BigDecimal number(String field) {
      Object value = fields.get(field);
      if (value == null || value.toString().isBlank()) {
        violation(field, "is required");
        return null;
      }
      try {
        return new BigDecimal(value.toString().strip());
      } catch (NumberFormatException e) {
        violation(field, "must be a number; '" + value + "' is not");
        return null;
      }
    }

    ArrayList<String> names(String field) {
      Object value = fields.get(field);
      ArrayList<String> names = new ArrayList<>();
      if (!(value instanceof List<?> list) || list.isEmpty()) {
        violation(field, "is required: a list of usernames");
        return names;
      }
      for (int i = 0; i < list.size(); i++) {
        Object name = list.get(i);
        if (name == null || name.toString().isBlank()) {
          violation(field + "[" + i + "]", "must be a username");
        } else {
          names.add(name.toString().strip());
        }
      }
      return names;
    }

    LinkedHashMap<String, Integer> scores(String field) {
      Object value = fields.get(field);
      LinkedHashMap<String, Integer> scores = new LinkedHashMap<>();
      if (!(value instanceof Map<?, ?> map)) {
        violation(field, "is required: a score from 1 to 5 for each criterion code");
        return scores;
      }
      map.forEach(
          (code, score) -> {
            try {
              scores.put(code.toString(), new BigDecimal(score.toString()).intValueExact());
            } catch (RuntimeException e) {
              violation(field + "." + code, "must be a whole number from 1 to 5");
            }
          });
      return scores;
    }
  }
}
