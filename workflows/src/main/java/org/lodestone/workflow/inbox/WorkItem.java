package org.lodestone.workflow.inbox;

import java.time.Instant;

/** One piece of open work in a person's inbox, in the program's words. */
public record WorkItem(
    String id,
    TaskType type,
    String name,
    String subjectKind,
    Long subjectId,
    String subjectNumber,
    Instant due,
    Instant created) {

  public boolean overdue() {
    return due != null && due.isBefore(Instant.now());
  }
}
