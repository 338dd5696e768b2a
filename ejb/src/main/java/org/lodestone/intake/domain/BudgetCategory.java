package org.lodestone.intake.domain;

/** Budget object classes of the SF-424A. */
public enum BudgetCategory {
  PERSONNEL,
  FRINGE_BENEFITS,
  TRAVEL,
  EQUIPMENT,
  SUPPLIES,
  CONTRACTUAL,
  CONSTRUCTION,
  OTHER,
  INDIRECT
}
