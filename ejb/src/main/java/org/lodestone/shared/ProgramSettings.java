package org.lodestone.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The program's settings, typed, in one place: periods, thresholds and lead times. Each is a server
 * system property (read when used, so an operator can change one on a running server through the
 * management API) with the default given here. The process models read their due dates from this
 * bean ({@code ${deadlines.after(settings.screeningPeriod)}}).
 */
@ApplicationScoped
@Named("settings")
public class ProgramSettings {

  public static final String ZONE = "lodestone.zone";
  public static final String SCREENING_PERIOD = "lodestone.screening.period";
  public static final String CORRECTION_PERIOD = "lodestone.correction.period";
  public static final String ASSIGNMENT_PERIOD = "lodestone.review.assignment-period";
  public static final String REPLACEMENT_PERIOD = "lodestone.review.replacement-period";
  public static final String REVIEW_PERIOD = "lodestone.review.period";
  public static final String REMINDER_LEAD = "lodestone.review.reminder-lead";
  public static final String RECONCILIATION_PERIOD = "lodestone.review.reconciliation-period";
  public static final String MAX_SPREAD = "lodestone.review.max-spread";
  public static final String ENVIRONMENTAL_SCREENING_PERIOD =
      "lodestone.review.environmental-screening-period";
  public static final String RISK_REVIEW_PERIOD = "lodestone.review.risk-review-period";
  public static final String SELECTION_PERIOD = "lodestone.review.selection-period";
  public static final String OVERDUE_INTERVAL = "lodestone.overdue.interval";
  public static final String AWARD_PREPARATION_PERIOD = "lodestone.award.preparation-period";
  public static final String SIGNATURE_PERIOD = "lodestone.award.signature-period";
  public static final String ACCEPTANCE_PERIOD = "lodestone.award.acceptance-period";
  public static final String GO_NO_GO_PERIOD = "lodestone.award.go-no-go-period";
  public static final String REPORT_REVIEW_PERIOD = "lodestone.report.review-period";
  public static final String CURE_REVIEW_PERIOD = "lodestone.award.cure-review-period";
  public static final String AMENDMENT_PERIOD = "lodestone.award.amendment-period";
  public static final String TIMETABLE_CONFIRMATION_INTERVAL =
      "lodestone.permitting.confirmation-interval";
  public static final String TIMETABLE_CONFIRMATION_PERIOD =
      "lodestone.permitting.confirmation-period";
  public static final String MISSED_DATE_CHECK_CYCLE = "lodestone.permitting.missed-date-check";
  public static final String MISSED_REPORT_INTERVAL = "lodestone.permitting.missed-report-interval";
  public static final String MISSED_REPORT_PERIOD = "lodestone.permitting.missed-report-period";
  public static final String TIMETABLE_CHANGE_PERIOD = "lodestone.permitting.change-period";
  public static final String DENIED_PERMIT_PERIOD = "lodestone.permitting.denied-permit-period";
  public static final String MILESTONE_REVIEW_PERIOD =
      "lodestone.disbursement.milestone-review-period";
  public static final String PAYMENT_APPROVAL_PERIOD = "lodestone.disbursement.approval-period";
  public static final String PAYMENT_ESCALATION_AFTER = "lodestone.disbursement.escalation-after";
  public static final String SECOND_APPROVAL_THRESHOLD =
      "lodestone.disbursement.second-approval-threshold";
  public static final String SEAL_INTERVAL = "lodestone.audit.seal-interval";
  public static final String SEAL_FILE = "lodestone.audit.seal-file";
  public static final String SEAL_KEYSTORE = "lodestone.audit.keystore";
  public static final String SEAL_KEY_ALIAS = "lodestone.audit.key-alias";
  public static final String SINGLE_AUDIT_THRESHOLD = "lodestone.single-audit.threshold";

  /** The program's time zone: what "today" and every date rule mean. */
  public ZoneId zone() {
    String value = System.getProperty(ZONE, "America/New_York");
    try {
      return ZoneId.of(value);
    } catch (RuntimeException e) {
      throw new IllegalStateException(ZONE + " is not a time zone id such as America/New_York");
    }
  }

  /** How long a program officer has to screen a submitted application. */
  public Duration getScreeningPeriod() {
    return duration(SCREENING_PERIOD, "P10D");
  }

  /** How long an applicant has to correct a returned application before it is withdrawn. */
  public Duration getCorrectionPeriod() {
    return duration(CORRECTION_PERIOD, "P14D");
  }

  public Duration getAssignmentPeriod() {
    return duration(ASSIGNMENT_PERIOD, "P5D");
  }

  public Duration getReplacementPeriod() {
    return duration(REPLACEMENT_PERIOD, "P3D");
  }

  /** How long a reviewer has to declare conflicts and score. */
  public Duration getReviewPeriod() {
    return duration(REVIEW_PERIOD, "P14D");
  }

  /** How long before its deadline a reviewer is reminded. */
  public Duration getReminderLead() {
    return duration(REMINDER_LEAD, "P3D");
  }

  public Duration getReconciliationPeriod() {
    return duration(RECONCILIATION_PERIOD, "P5D");
  }

  public Duration getEnvironmentalScreeningPeriod() {
    return duration(ENVIRONMENTAL_SCREENING_PERIOD, "P20D");
  }

  public Duration getRiskReviewPeriod() {
    return duration(RISK_REVIEW_PERIOD, "P20D");
  }

  public Duration getSelectionPeriod() {
    return duration(SELECTION_PERIOD, "P10D");
  }

  /** How long a program officer has to negotiate and prepare an award's terms. */
  public Duration getAwardPreparationPeriod() {
    return duration(AWARD_PREPARATION_PERIOD, "P30D");
  }

  public Duration getSignaturePeriod() {
    return duration(SIGNATURE_PERIOD, "P10D");
  }

  /** How long the recipient has to accept or decline an award. */
  public Duration getAcceptancePeriod() {
    return duration(ACCEPTANCE_PERIOD, "P30D");
  }

  /** How long after a budget period ends the go/no-go decision is due. */
  public Duration getGoNoGoPeriod() {
    return duration(GO_NO_GO_PERIOD, "P30D");
  }

  /** How long the program officer has to review a progress report. */
  public Duration getReportReviewPeriod() {
    return duration(REPORT_REVIEW_PERIOD, "P30D");
  }

  public Duration getCureReviewPeriod() {
    return duration(CURE_REVIEW_PERIOD, "P15D");
  }

  public Duration getAmendmentPeriod() {
    return duration(AMENDMENT_PERIOD, "P15D");
  }

  /** How often the permitting specialist confirms each timetable (a quarter). */
  public String getTimetableConfirmationInterval() {
    return System.getProperty(TIMETABLE_CONFIRMATION_INTERVAL, "P3M");
  }

  public Duration getTimetableConfirmationPeriod() {
    return duration(TIMETABLE_CONFIRMATION_PERIOD, "P14D");
  }

  /** How often timetables are looked at for missed dates (an ISO-8601 repeat). */
  public String getMissedDateCheckCycle() {
    return System.getProperty(MISSED_DATE_CHECK_CYCLE, "R/P1D");
  }

  /** How often a missed date's status report is due (a month). */
  public String getMissedReportInterval() {
    return System.getProperty(MISSED_REPORT_INTERVAL, "P1M");
  }

  public Duration getMissedReportPeriod() {
    return duration(MISSED_REPORT_PERIOD, "P10D");
  }

  public Duration getTimetableChangePeriod() {
    return duration(TIMETABLE_CHANGE_PERIOD, "P10D");
  }

  public Duration getDeniedPermitPeriod() {
    return duration(DENIED_PERMIT_PERIOD, "P15D");
  }

  /** How long the independent engineer and the program officer each have to review a milestone. */
  public Duration getMilestoneReviewPeriod() {
    return duration(MILESTONE_REVIEW_PERIOD, "P10D");
  }

  /** How long each approval of a payment request may take. */
  public Duration getPaymentApprovalPeriod() {
    return duration(PAYMENT_APPROVAL_PERIOD, "P5D");
  }

  /**
   * How long after its submission a payment request still pending escalates (payment is due within
   * 30 days of a proper request, 2 CFR 200.305).
   */
  public Duration getPaymentEscalationAfter() {
    return duration(PAYMENT_ESCALATION_AFTER, "P20D");
  }

  /** Above this amount a second finance officer certifies a payment. */
  public Money getSecondApprovalThreshold() {
    return amount(SECOND_APPROVAL_THRESHOLD, "10000000.00");
  }

  /** Federal expenditures in a fiscal year at which a recipient owes a single audit. */
  public Money getSingleAuditThreshold() {
    return amount(SINGLE_AUDIT_THRESHOLD, "1000000.00");
  }

  /** How often the audit chain's head is sealed (when events were added since the last seal). */
  public Duration getSealInterval() {
    return duration(SEAL_INTERVAL, "PT1H");
  }

  /** The append-only file of seals, outside the database. */
  public Path getSealFile() {
    return path(SEAL_FILE, "audit-seals.jsonl");
  }

  /**
   * The PKCS#12 keystore with the sealing key (generated when missing); its password comes from the
   * environment ({@code LODESTONE_AUDIT_KEYSTORE_PASSWORD}), {@code lodestone} when unset.
   */
  public Path getSealKeystore() {
    return path(SEAL_KEYSTORE, "audit-seal.p12");
  }

  public char[] sealKeystorePassword() {
    String value = System.getenv("LODESTONE_AUDIT_KEYSTORE_PASSWORD");
    return (value == null || value.isEmpty() ? "lodestone" : value).toCharArray();
  }

  public String getSealKeyAlias() {
    return System.getProperty(SEAL_KEY_ALIAS, "audit-seal");
  }

  /**
   * The PKCS#12 keystore whose key signs personal API tokens: the one the server's Elytron {@code
   * lodestone-api-keys} key-store verifies them with (in its configuration folder), alias {@code
   * api-tokens}, password from {@code LODESTONE_API_KEYS_PASSWORD} ({@code lodestone} when unset).
   */
  public Path getApiKeystore() {
    return Path.of(System.getProperty("jboss.server.config.dir", "."), "lodestone-api-keys.p12");
  }

  public char[] apiKeystorePassword() {
    String value = System.getenv("LODESTONE_API_KEYS_PASSWORD");
    return (value == null || value.isEmpty() ? "lodestone" : value).toCharArray();
  }

  /** A file named by a property, by default in the server's data folder. */
  private static Path path(String property, String fileName) {
    String value = System.getProperty(property);
    return value != null && !value.isBlank()
        ? Path.of(value)
        : Path.of(System.getProperty("jboss.server.data.dir", "."), "lodestone", fileName);
  }

  private static Money amount(String property, String fallback) {
    String value = System.getProperty(property, fallback);
    try {
      return Money.of(new BigDecimal(value.length() > 20 ? "x" : value));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          property + " must be an amount in dollars such as " + fallback);
    }
  }

  /** How often overdue work is looked for. */
  public Duration getOverdueInterval() {
    return duration(OVERDUE_INTERVAL, "PT10M");
  }

  /** Points of spread between reviewers' weighted totals above which scores are reconciled. */
  public BigDecimal getMaxSpread() {
    String value = System.getProperty(MAX_SPREAD, "25");
    try {
      return new BigDecimal(value.length() > 10 ? "x" : value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(MAX_SPREAD + " must be a number of points such as 25");
    }
  }

  private static Duration duration(String property, String fallback) {
    String value = System.getProperty(property, fallback);
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          property + " must be an ISO-8601 duration such as P14D or PT20S");
    }
  }
}
