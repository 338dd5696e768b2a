package org.lodestone.workflow.inbox;

import java.io.Serializable;
import java.util.Map;

/**
 * What a person enters to complete a task, as a record: the page, the API and the step that records
 * it all use the same type. The command reaches that step as a transient variable, so what a person
 * typed is stored by the domain only; {@link #processVariables()} are the facts the process keeps
 * for its gateways. Serializable only because the engine types every variable; a transient one is
 * never written.
 */
public interface TaskCommand extends Serializable {

  /** Codes and flags the process keeps (read by its gateways). */
  default Map<String, Object> processVariables() {
    return Map.of();
  }
}
