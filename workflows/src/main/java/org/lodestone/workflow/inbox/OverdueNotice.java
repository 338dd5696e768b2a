package org.lodestone.workflow.inbox;

import java.time.LocalDate;
import org.lodestone.notification.domain.Notice;

/** What overdue work tells people, whatever the work is about. */
final class OverdueNotice {

  private OverdueNotice() {}

  static Notice of(WorkItem item, LocalDate due) {
    String about = item.subject().kind().inWords() + " " + item.subject().number();
    return new Notice(
        "Overdue: " + item.name() + " on " + item.subject().number(),
        item.type().label() + " on " + about + " was due on " + due + " and is still open.");
  }
}
