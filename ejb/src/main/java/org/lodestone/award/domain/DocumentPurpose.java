package org.lodestone.award.domain;

/** What an award's evidence document supports. */
public enum DocumentPurpose {
  CURE,
  MILESTONE,
  PAYMENT_REQUEST,
  /** Certified payrolls, the evidence of Davis-Bacon wages. */
  PAYROLL,
  REPORT,
  OTHER
}
