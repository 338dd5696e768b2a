package org.lodestone.permitting.domain;

/** Why a timetable date changed or an action paused, as the Permitting Dashboard reports it. */
public enum ReasonCategory {
  PROJECT_SPONSOR,
  AGENCY_RESOURCES,
  LITIGATION,
  NEW_INFORMATION,
  OUTSIDE_GOVERNMENT_CONTROL,
  OTHER
}
