package org.lodestone.notification.domain;

/** Why a person is told something. */
public enum NotificationKind {
  ASSIGNMENT,
  REMINDER,
  ESCALATION,
  CONFLICT,
  RECONCILIATION,
  DECISION,
  AWARD,
  CONDITION,
  MILESTONE,
  PAYMENT,
  REPORT
}
