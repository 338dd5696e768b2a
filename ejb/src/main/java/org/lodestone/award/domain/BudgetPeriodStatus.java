package org.lodestone.award.domain;

/** A budget period is pending until a GO (or the acceptance, for the first) authorizes it. */
public enum BudgetPeriodStatus {
  PENDING,
  AUTHORIZED,
  ENDED,
  NO_GO
}
