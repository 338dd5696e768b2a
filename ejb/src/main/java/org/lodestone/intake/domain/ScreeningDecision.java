package org.lodestone.intake.domain;

/** What a program officer decides on screening a submitted application. */
public enum ScreeningDecision {
  /** Complete: on to merit review. */
  ACCEPT,
  /** Incomplete: back to the applicant to correct, with a deadline. */
  RETURN,
  /** Ineligible: closed. */
  REJECT;

  /** Returning or rejecting needs a reason the applicant sees. */
  public boolean needsReason() {
    return this != ACCEPT;
  }
}
