package org.lodestone.disbursement.domain;

/** An approver's answer: approve (in full or reduced), return to the recipient, or reject. */
public enum PaymentDecision {
  APPROVE,
  RETURN,
  REJECT
}
