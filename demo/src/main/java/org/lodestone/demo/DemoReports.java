package org.lodestone.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.lodestone.reporting.application.ReportService;
import org.lodestone.reporting.domain.RecipientReport;
import org.lodestone.reporting.domain.ReportKind;
import org.lodestone.reporting.domain.ReportStatus;
import org.lodestone.workflow.inbox.TaskType;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;
import org.lodestone.workflow.reporting.ReportTasks;

/**
 * The report steps of the demo, each run by DemoApplications as the demo user whose work it is:
 * quarterly progress reports sent, reviewed and returned, financial reports certified.
 */
@ApplicationScoped
public class DemoReports {

  @Inject private ReportService reports;
  @Inject private WorkInbox inbox;

  /** Sends the oldest {@code count} quarterly progress reports still due. */
  void sendProgress(long awardId, int count) {
    reports.ofAward(awardId).stream()
        .filter(r -> r.kind() == ReportKind.PROGRESS && !r.finalReport())
        .filter(r -> r.status() == ReportStatus.DUE)
        .limit(count)
        .forEach(
            r ->
                complete(
                    r,
                    ReportTasks.SUBMIT_PROGRESS_REPORT,
                    Map.of(
                        "narrative",
                        "Drilled and cased two production wells; brine flow tests at 95% of design."
                            + " The direct lithium extraction skid ran 1,900 hours.",
                        "milestoneStatus",
                        "Milestone 1 on schedule; the commissioning report is in draft.",
                        "permitStatus",
                        "State mining permit in review; water rights hearing scheduled.",
                        "jobs",
                        120,
                        "capacity",
                        Map.of("LITHIUM", "2500"))));
  }

  /** Certifies the oldest {@code count} quarterly financial reports still due. */
  void certifyFinancial(long awardId, int count) {
    reports.ofAward(awardId).stream()
        .filter(r -> r.kind() == ReportKind.FINANCIAL && !r.finalReport())
        .filter(r -> r.status() == ReportStatus.DUE)
        .limit(count)
        .forEach(r -> complete(r, ReportTasks.SUBMIT_FINANCIAL_REPORT, Map.of("certified", true)));
  }

  /** Accepts or returns every progress report awaiting review. */
  void review(long awardId, String decision, String reason) {
    reports.ofAward(awardId).stream()
        .filter(r -> r.status() == ReportStatus.SUBMITTED)
        .forEach(
            r ->
                complete(
                    r,
                    ReportTasks.REVIEW_PROGRESS_REPORT,
                    Map.of("decision", decision, "reason", reason)));
  }

  private void complete(RecipientReport report, TaskType type, Map<String, ?> body) {
    WorkItem task =
        inbox.openWorkOn(report.subject()).stream()
            .filter(w -> w.type() == type)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no " + type + " on " + report.number()));
    inbox.complete(task.id(), body);
  }
}
