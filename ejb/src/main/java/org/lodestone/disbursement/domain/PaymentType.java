package org.lodestone.disbursement.domain;

/** What a payment request draws for. */
public enum PaymentType {
  /** The payment an accepted milestone releases. */
  MILESTONE,
  /** Costs incurred in a period, paid back. */
  REIMBURSEMENT,
  /** Funds ahead of need, where the terms pay in advance. */
  ADVANCE
}
