package org.lodestone.program.domain;

/** The legal form of an award. */
public enum Instrument {
  GRANT,
  COOPERATIVE_AGREEMENT,
  LOAN,
  PURCHASE_COMMITMENT
}
