package org.lodestone.award.domain;

/** Where an award stands, in the program's words. */
public enum AwardStatus {
  DRAFT("Terms being prepared"),
  AWAITING_SIGNATURE("Awaiting signature"),
  AWAITING_ACCEPTANCE("Awaiting acceptance"),
  ACTIVE("Active"),
  SUSPENDED("Suspended"),
  CLOSING("Closing out"),
  CLOSED("Closed"),
  TERMINATED("Terminated"),
  WITHDRAWN("Withdrawn");

  private final String label;

  AwardStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Funds are obligated: the recipient accepted and the ledger holds an obligation. */
  public boolean obligated() {
    return this == ACTIVE
        || this == SUSPENDED
        || this == CLOSING
        || this == CLOSED
        || this == TERMINATED;
  }

  /** Selected and not yet accepted or declined: the selection still holds its funds. */
  public boolean pending() {
    return this == DRAFT || this == AWAITING_SIGNATURE || this == AWAITING_ACCEPTANCE;
  }
}
