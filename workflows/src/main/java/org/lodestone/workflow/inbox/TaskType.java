package org.lodestone.workflow.inbox;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.lodestone.shared.SubjectKind;

/**
 * A kind of work a person can be asked to do: the user tasks of the process models it stands for,
 * what the work is about, and the typed command that completes it. Each process package lists its
 * own in a {@link TaskCatalogue} (an enum implementing this).
 */
public interface TaskType {

  /** The API's name of the type, such as {@code RISK_REVIEW}. */
  String name();

  /** What defines the type: its label, subject kind, command and user tasks. */
  Definition definition();

  /** The kind of work, in the program's words. */
  default String label() {
    return definition().label();
  }

  /** The ids of the user tasks of the models that are work of this type. */
  default Set<String> steps() {
    return definition().steps();
  }

  /** What the work is about; the process variable {@link SubjectKind#idVariable()} holds its id. */
  default SubjectKind subjectKind() {
    return definition().subjectKind();
  }

  /** The body that completes the work. */
  default Class<? extends TaskCommand> command() {
    return definition().command();
  }

  /** True when the process reminds and escalates this work by its own timers. */
  default boolean escalatesByItself() {
    return false;
  }

  /** Reads a completion body (as the API receives it) into this type's command. */
  default TaskCommand read(Map<String, ?> body) {
    return TaskCommands.read(command(), body);
  }

  /** The variables a completion body becomes; every violation at once. */
  default VariableMap variables(Map<String, ?> body) {
    return TaskCommands.variables(read(body));
  }

  /** A task type's label, subject kind, command and the user tasks that are its work. */
  record Definition(
      String label,
      SubjectKind subjectKind,
      Class<? extends TaskCommand> command,
      Set<String> steps) {

    public static Definition of(
        String label,
        SubjectKind subjectKind,
        Class<? extends TaskCommand> command,
        String... steps) {
      return new Definition(label, subjectKind, command, Set.of(steps));
    }
  }
}
