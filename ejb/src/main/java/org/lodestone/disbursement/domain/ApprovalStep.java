package org.lodestone.disbursement.domain;

import org.lodestone.identity.Role;

/**
 * The approvals a payment request passes, in order; the second certification only above a
 * threshold.
 */
public enum ApprovalStep {
  APPROVE_PAYMENT("Program officer approval", Role.PROGRAM_OFFICER),
  CERTIFY_PAYMENT("Finance certification", Role.FINANCE_OFFICER),
  SECOND_CERTIFY_PAYMENT("Second finance certification", Role.FINANCE_OFFICER);

  private final String label;
  private final Role role;

  ApprovalStep(String label, Role role) {
    this.label = label;
    this.role = role;
  }

  public String label() {
    return label;
  }

  public Role role() {
    return role;
  }
}
