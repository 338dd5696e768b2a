package org.lodestone.web.api;

import org.lodestone.shared.Subject;

/** What a task, a notification or an audit event is about, as the API shows it. */
public record SubjectView(String kind, long id, String number) {

  static SubjectView of(Subject subject) {
    return new SubjectView(subject.kind().name(), subject.id(), subject.number());
  }
}
