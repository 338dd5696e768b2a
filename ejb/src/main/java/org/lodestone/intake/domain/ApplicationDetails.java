package org.lodestone.intake.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.shared.Money;
import org.lodestone.shared.Violation;

/**
 * What an applicant types. Any field may be missing in a draft; what is there must already be well
 * formed.
 */
public record ApplicationDetails(String title, String summary, BigDecimal federalAmountRequested) {

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 4000;

  public ApplicationDetails {
    title = trimToNull(title);
    summary = trimToNull(summary);
  }

  /** Rules every saved draft keeps. */
  public List<Violation> formatViolations() {
    List<Violation> violations = new ArrayList<>();
    if (title != null && title.length() > TITLE_MAX) {
      violations.add(new Violation("title", "must be at most " + TITLE_MAX + " characters"));
    }
    if (summary != null && summary.length() > SUMMARY_MAX) {
      violations.add(new Violation("summary", "must be at most " + SUMMARY_MAX + " characters"));
    }
    if (federalAmountRequested != null) {
      if (federalAmountRequested.signum() <= 0) {
        violations.add(new Violation("federalAmountRequested", "must be more than zero"));
      } else if (!Money.isCents(federalAmountRequested)) {
        violations.add(new Violation("federalAmountRequested", "must be in whole cents"));
      } else if (federalAmountRequested.compareTo(new BigDecimal("12000000000")) > 0) {
        violations.add(
            new Violation("federalAmountRequested", "must not exceed the program's US$12 billion"));
      }
    }
    return violations;
  }

  /** Rules a submission adds: everything required is there. */
  public List<Violation> completenessViolations() {
    List<Violation> violations = new ArrayList<>();
    if (title == null) {
      violations.add(new Violation("title", "is required"));
    }
    if (summary == null) {
      violations.add(new Violation("summary", "is required"));
    }
    if (federalAmountRequested == null) {
      violations.add(new Violation("federalAmountRequested", "is required"));
    }
    return violations;
  }

  private static String trimToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
