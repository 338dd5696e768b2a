package org.lodestone.web.api;

import java.time.Instant;
import org.lodestone.workflow.inbox.WorkItem;

/** A work item as the API shows it. */
public record TaskView(
    String id, String type, String name, Subject subject, Instant due, Instant created) {

  public record Subject(String kind, Long id, String number) {}

  static TaskView of(WorkItem w) {
    return new TaskView(
        w.id(),
        w.type().name(),
        w.name(),
        new Subject(w.subjectKind(), w.subjectId(), w.subjectNumber()),
        w.due(),
        w.created());
  }
}
