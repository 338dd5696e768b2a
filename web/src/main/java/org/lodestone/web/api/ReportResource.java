package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lodestone.reporting.application.ReportService;
import org.lodestone.reporting.domain.RecipientReport;
import org.lodestone.reporting.domain.ReportStatus;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.RuleViolationException;

/**
 * The reports recipients owe: the report inbox (an applicant's own organization's, every one for
 * staff and auditors) and each report. They are sent and reviewed through their tasks
 * (SUBMIT_PROGRESS_REPORT, REVIEW_PROGRESS_REPORT, SUBMIT_FINANCIAL_REPORT).
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

  static final int INBOX_MAX = 500;

  @Inject private ReportService reports;
  @Inject private ProgramClock clock;

  public record ReportView(
      long id,
      String number,
      long awardId,
      String kind,
      boolean finalReport,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueOn,
      String status,
      boolean late,
      String narrative,
      String milestoneStatus,
      String permitStatus,
      Integer jobs,
      Map<String, String> capacity,
      Map<String, String> certifiedLines,
      String remarks,
      String submittedBy,
      Instant submittedAt,
      String reviewedBy,
      Instant reviewedAt,
      String returnReason,
      Instant escalatedAt) {

    static ReportView of(RecipientReport r, LocalDate today) {
      Map<String, String> capacity = new TreeMap<>();
      r.capacity().forEach((m, t) -> capacity.put(m, t.toPlainString()));
      return new ReportView(
          r.id(),
          r.number(),
          r.awardId(),
          r.kind().name(),
          r.finalReport(),
          r.periodStart(),
          r.periodEnd(),
          r.dueOn(),
          r.status().name(),
          r.late(today),
          r.narrative(),
          r.milestoneStatus(),
          r.permitStatus(),
          r.jobs(),
          capacity,
          ReportService.certifiedLines(r),
          r.remarks(),
          r.submittedBy(),
          r.submittedAt(),
          r.reviewedBy(),
          r.reviewedAt(),
          r.returnReason(),
          r.escalatedAt());
    }
  }

  /**
   * Owed first by due date; {@code status} (DUE, SUBMITTED, RETURNED, ACCEPTED, CERTIFIED) narrows
   * it.
   */
  @GET
  public List<ReportView> inbox(@QueryParam("status") String status) {
    return reports.inbox(status(status), INBOX_MAX).stream()
        .map(r -> ReportView.of(r, clock.today()))
        .toList();
  }

  @GET
  @Path("{id}")
  public ReportView get(@PathParam("id") long id) {
    return ReportView.of(reports.get(id), clock.today());
  }

  static ReportStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      if (status.length() <= 20) {
        return ReportStatus.valueOf(status.strip());
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new RuleViolationException(
        "status", "must be one of " + java.util.Arrays.toString(ReportStatus.values()));
  }
}
