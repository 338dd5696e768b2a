package org.lodestone.permitting.domain;

/** Where a permit or review stands on the timetable. */
public enum PermitStatus {
  PLANNED,
  IN_PROGRESS,
  PAUSED,
  COMPLETE,
  DENIED,
  WITHDRAWN
}
