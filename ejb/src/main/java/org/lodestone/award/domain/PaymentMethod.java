package org.lodestone.award.domain;

/** How the recipient is paid: after it spends (reimbursement) or ahead of need (advance). */
public enum PaymentMethod {
  REIMBURSEMENT,
  ADVANCE
}
