package org.lodestone.workflow.inbox;

import java.time.Instant;
import org.lodestone.shared.Subject;

/**
 * One piece of open work in a person's inbox, in the program's words; {@code step} is the user task
 * of the process model, {@code subject} what the work is about.
 */
public record WorkItem(
    String id,
    TaskType type,
    String step,
    String name,
    Subject subject,
    Instant due,
    Instant created) {

  public boolean overdue() {
    return due != null && due.isBefore(Instant.now());
  }
}
