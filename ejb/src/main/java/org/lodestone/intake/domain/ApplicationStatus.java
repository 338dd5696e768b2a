package org.lodestone.intake.domain;

/** Where an application stands, in the program's words. */
public enum ApplicationStatus {
  DRAFT("Draft", "Complete the application and submit it"),
  SUBMITTED("Submitted", "Awaiting completeness screening by a program officer"),
  RETURNED("Returned for correction", "Correct the application and resubmit it by the deadline"),
  INELIGIBLE("Ineligible", "Closed: did not pass screening"),
  IN_REVIEW("In merit review", "Accepted for merit review"),
  SELECTED("Selected", "Selected for award negotiation"),
  DECLINED("Declined", "Not selected"),
  AWARDED("Awarded", "Award made"),
  WITHDRAWN("Withdrawn", "Closed: withdrawn");

  private final String label;
  private final String stage;

  ApplicationStatus(String label, String stage) {
    this.label = label;
    this.stage = stage;
  }

  public String label() {
    return label;
  }

  /** What happens next, in a sentence. */
  public String stage() {
    return stage;
  }

  public boolean editableByApplicant() {
    return this == DRAFT || this == RETURNED;
  }
}
