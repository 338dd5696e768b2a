package org.lodestone.award.domain;

/** What a special condition (2 CFR 200.208) does to the award while it is active. */
public enum ConditionEffect {
  /** Payments only as reimbursement, never in advance. */
  REIMBURSEMENT_ONLY,
  /** The next budget period is not authorized (no GO) until the condition is removed. */
  WITHHOLD_NEXT_PHASE,
  ADDITIONAL_REPORTING,
  PRIOR_APPROVAL_OF_PAYMENTS
}
