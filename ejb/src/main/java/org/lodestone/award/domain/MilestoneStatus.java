package org.lodestone.award.domain;

/** A milestone's progress from the plan to its payment. */
public enum MilestoneStatus {
  PLANNED,
  REPORTED,
  CERTIFIED,
  ACCEPTED,
  RETURNED,
  PAID
}
