package org.lodestone.award.domain;

/** A special condition is active until the program officer removes it. */
public enum ConditionStatus {
  ACTIVE,
  CURE_SUBMITTED,
  REMOVED
}
