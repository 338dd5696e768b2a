package org.lodestone.reporting.domain;

/**
 * Where a report stands: due until the recipient sends it; a progress report is then accepted or
 * returned by the program officer, a financial report is certified by the recipient and received.
 */
public enum ReportStatus {
  DUE("Due"),
  SUBMITTED("Awaiting review"),
  RETURNED("Returned for correction"),
  ACCEPTED("Accepted"),
  CERTIFIED("Certified");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The recipient still owes it. */
  public boolean owed() {
    return this == DUE || this == RETURNED;
  }

  /** The agency has it and nothing more is asked of anyone. */
  public boolean received() {
    return this == ACCEPTED || this == CERTIFIED;
  }
}
