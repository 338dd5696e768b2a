package org.lodestone.workflow.inbox;

import java.time.Instant;
import org.lodestone.workflow.review.ReviewProcess;

/**
 * One piece of open work in a person's inbox, in the program's words; {@code step} is the user task
 * of the process model.
 */
public record WorkItem(
    String id,
    TaskType type,
    String step,
    String name,
    String subjectKind,
    Long subjectId,
    String subjectNumber,
    Instant due,
    Instant created) {

  /** A replacement reviewer is asked for, rather than the first reviewers. */
  public boolean replacement() {
    return ReviewProcess.TASK_REPLACE.equals(step);
  }

  public boolean overdue() {
    return due != null && due.isBefore(Instant.now());
  }
}
