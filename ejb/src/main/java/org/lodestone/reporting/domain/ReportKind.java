package org.lodestone.reporting.domain;

/** What a recipient reports: how the project is going, or where the federal money stands. */
public enum ReportKind {
  PROGRESS("Progress report", "PR"),
  FINANCIAL("Financial report (SF-425)", "FR");

  private final String label;
  private final String code;

  ReportKind(String label, String code) {
    this.label = label;
    this.code = code;
  }

  public String label() {
    return label;
  }

  /** The short code in a report's number: {@code AWD-2026-0004-PR-2026Q3}. */
  public String code() {
    return code;
  }
}
