package org.lodestone.web.api;

import java.time.Instant;
import org.lodestone.workflow.inbox.WorkItem;

/** A work item as the API shows it. */
public record TaskView(
    String id, String type, String name, SubjectView subject, Instant due, Instant created) {

  static TaskView of(WorkItem w) {
    return new TaskView(
        w.id(), w.type().name(), w.name(), SubjectView.of(w.subject()), w.due(), w.created());
  }
}
