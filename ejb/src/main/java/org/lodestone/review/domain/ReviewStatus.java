package org.lodestone.review.domain;

/** Where one reviewer's review of one application stands. */
public enum ReviewStatus {
  /** Assigned; the reviewer has yet to declare any conflict of interest. */
  ASSIGNED("Awaiting conflict declaration"),
  /** No conflict declared; scoring. */
  SCORING("Scoring"),
  SUBMITTED("Submitted"),
  /** The reviewer declared a conflict of interest and was replaced. */
  CONFLICTED("Conflict declared"),
  /** The deadline passed and the review was escalated; the reviewer no longer takes part. */
  REMOVED("Removed after escalation");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The reviewer still takes part in the review of the application. */
  public boolean active() {
    return this == ASSIGNED || this == SCORING || this == SUBMITTED;
  }
}
