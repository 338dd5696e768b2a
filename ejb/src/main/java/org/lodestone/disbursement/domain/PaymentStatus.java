package org.lodestone.disbursement.domain;

/** Where a payment request stands. */
public enum PaymentStatus {
  SUBMITTED("Awaiting approval"),
  RETURNED("Returned to the recipient"),
  REJECTED("Rejected"),
  APPROVED("Approved, awaiting release"),
  HELD("Approved, held"),
  RELEASED("Released");

  private final String label;

  PaymentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still on its way to a payment: counted against the award's remaining amounts. */
  public boolean inFlight() {
    return this == SUBMITTED || this == APPROVED || this == HELD;
  }
}
