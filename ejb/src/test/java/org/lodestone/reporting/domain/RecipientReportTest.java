package org.lodestone.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

class RecipientReportTest {

  private static final Instant NOW = Instant.parse("2027-04-20T15:00:00Z");
  private static final LocalDate Q1_END = LocalDate.parse("2027-03-31");

  private static RecipientReport report(ReportKind kind) {
    return new RecipientReport(
        "AWD-2026-000004",
        4,
        2,
        kind,
        false,
        LocalDate.parse("2027-01-01"),
        Q1_END,
        ReportingPeriods.quarterlyDue(Q1_END),
        NOW);
  }

  private static ProgressContent content(Integer jobs, Map<String, BigDecimal> capacity) {
    return new ProgressContent(
        "Wells drilled.", "Milestone 1 on schedule.", "Air permit issued.", jobs, capacity);
  }

  @Test
  void quartersFollowTheCalendarWithinThePeriodOfPerformanceAndReportsAreDueThirtyDaysLater() {
    assertThat(
            ReportingPeriods.quarterEnds(
                LocalDate.parse("2026-11-15"), LocalDate.parse("2027-09-30")))
        .containsExactly(
            LocalDate.parse("2026-12-31"),
            LocalDate.parse("2027-03-31"),
            LocalDate.parse("2027-06-30"));
    assertThat(
            ReportingPeriods.quarterStart(
                LocalDate.parse("2026-12-31"), LocalDate.parse("2026-11-15")))
        .isEqualTo(LocalDate.parse("2026-11-15"));
    assertThat(ReportingPeriods.quarterStart(Q1_END, LocalDate.parse("2026-11-15")))
        .isEqualTo(LocalDate.parse("2027-01-01"));
    assertThat(ReportingPeriods.quarterlyDue(Q1_END)).isEqualTo(LocalDate.parse("2027-04-30"));
    assertThat(ReportingPeriods.closeoutDue(LocalDate.parse("2027-10-31")))
        .isEqualTo(LocalDate.parse("2028-02-28"));
    assertThat(ReportingPeriods.quarter(LocalDate.parse("2027-09-30"))).isEqualTo("2027Q3");
    assertThat(report(ReportKind.PROGRESS).number()).isEqualTo("AWD-2026-000004-PR-2027Q1");
  }

  @Test
  void aProgressReportIsSentOnceAndASecondSubmissionIsRefused() {
    RecipientReport r = report(ReportKind.PROGRESS);
    r.submitProgress(content(42, Map.of("LITHIUM", new BigDecimal("1200.50"))), "alice", NOW);
    assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(r.capacity()).containsEntry("LITHIUM", new BigDecimal("1200.50"));
    assertThatThrownBy(() -> r.submitProgress(content(43, Map.of()), "adam", NOW))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("already sent");
    assertThat(r.jobs()).isEqualTo(42);
  }

  @Test
  void aReturnNeedsAReasonTheSenderNeverReviewsAndAReturnedReportIsSentAgain() {
    RecipientReport r = report(ReportKind.PROGRESS);
    r.submitProgress(content(42, Map.of()), "alice", NOW);
    assertThatThrownBy(() -> r.review(false, " ", "olivia", NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
    assertThatThrownBy(() -> r.review(true, null, "alice", NOW))
        .isInstanceOf(StateConflictException.class);
    r.review(false, "Give the jobs by site.", "olivia", NOW);
    assertThat(r.status()).isEqualTo(ReportStatus.RETURNED);
    assertThat(r.status().owed()).isTrue();
    r.submitProgress(content(44, Map.of()), "alice", NOW);
    r.review(true, null, "olivia", NOW);
    assertThat(r.status()).isEqualTo(ReportStatus.ACCEPTED);
    assertThat(r.status().received()).isTrue();
    assertThat(r.returnReason()).isNull();
    assertThatThrownBy(() -> r.review(true, null, "owen", NOW))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void everyBrokenRuleOfAProgressReportIsNamedAtOnce() {
    RecipientReport r = report(ReportKind.PROGRESS);
    ProgressContent bad =
        new ProgressContent(
            "x".repeat(ProgressContent.NARRATIVE_MAX + 1),
            null,
            " ",
            -1,
            Map.of("LITHIUM", new BigDecimal("1.005")));
    assertThatThrownBy(() -> r.submitProgress(bad, "alice", NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "narrative", "milestoneStatus", "permitStatus", "jobs", "capacity"));
    assertThat(r.status()).isEqualTo(ReportStatus.DUE);
  }

  @Test
  void aFinancialReportIsCertifiedOnceAndIsNotAProgressReport() {
    RecipientReport r = report(ReportKind.FINANCIAL);
    assertThatThrownBy(() -> r.submitProgress(content(1, Map.of()), "alice", NOW))
        .isInstanceOf(StateConflictException.class);
    r.certify("{\"10a\":\"230000.00\"}", " ", "alice", NOW);
    assertThat(r.status()).isEqualTo(ReportStatus.CERTIFIED);
    assertThat(r.remarks()).isNull();
    assertThatThrownBy(() -> r.certify("{}", null, "alice", NOW))
        .isInstanceOf(StateConflictException.class);
    assertThat(r.certifiedLines()).isEqualTo("{\"10a\":\"230000.00\"}");
  }

  @Test
  void aReportIsLateTheDayAfterItIsDueAndEscalatesOnce() {
    RecipientReport r = report(ReportKind.PROGRESS);
    assertThat(r.late(LocalDate.parse("2027-04-30"))).isFalse();
    assertThat(r.late(LocalDate.parse("2027-05-01"))).isTrue();
    assertThat(r.escalate(NOW)).isTrue();
    assertThat(r.escalate(NOW)).isFalse();
    r.submitProgress(content(1, Map.of()), "alice", NOW);
    assertThat(r.late(LocalDate.parse("2027-05-01"))).isFalse();
  }
}
