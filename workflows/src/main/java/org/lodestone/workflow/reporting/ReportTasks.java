package org.lodestone.workflow.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.lodestone.reporting.domain.ProgressContent;
import org.lodestone.reporting.domain.RecipientReport;
import org.lodestone.shared.SubjectKind;
import org.lodestone.workflow.inbox.MaxLength;
import org.lodestone.workflow.inbox.Required;
import org.lodestone.workflow.inbox.TaskCatalogue;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.TaskType;

/** The work of reports and closeout, each with the command that completes it. */
public enum ReportTasks implements TaskType {
  SUBMIT_PROGRESS_REPORT(
      "Progress report",
      SubjectKind.REPORT,
      SubmitProgressReport.class,
      ReportingProcess.TASK_SUBMIT_PROGRESS),
  REVIEW_PROGRESS_REPORT(
      "Progress report review",
      SubjectKind.REPORT,
      ReviewProgressReport.class,
      ReportingProcess.TASK_REVIEW_PROGRESS),
  SUBMIT_FINANCIAL_REPORT(
      "Financial report (SF-425)",
      SubjectKind.REPORT,
      SubmitFinancialReport.class,
      ReportingProcess.TASK_SUBMIT_FINANCIAL),
  CLOSE_AWARD(
      "Award closeout", SubjectKind.AWARD, CloseAward.class, ReportingProcess.TASK_CLOSE_AWARD);

  private final Definition definition;

  ReportTasks(
      String label, SubjectKind subject, Class<? extends TaskCommand> command, String... steps) {
    this.definition = Definition.of(label, subject, command, steps);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** Late reports and a late closeout escalate by the processes' own timers. */
  @Override
  public boolean escalatesByItself() {
    return this != REVIEW_PROGRESS_REPORT;
  }

  public enum ReviewDecision {
    ACCEPT,
    RETURN
  }

  /** A progress report: capacity maps mineral codes to tonnes per year built so far. */
  public record SubmitProgressReport(
      @Required @MaxLength(ProgressContent.NARRATIVE_MAX) String narrative,
      @Required @MaxLength(ProgressContent.TEXT_MAX) String milestoneStatus,
      @Required @MaxLength(ProgressContent.TEXT_MAX) String permitStatus,
      @Required Integer jobs,
      Map<String, BigDecimal> capacity)
      implements TaskCommand {

    public ProgressContent content() {
      return new ProgressContent(narrative, milestoneStatus, permitStatus, jobs, capacity);
    }
  }

  public record ReviewProgressReport(
      @Required ReviewDecision decision, @MaxLength(RecipientReport.TEXT_MAX) String reason)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(ReportingProcess.REVIEW_DECISION, decision.name());
    }
  }

  /** Certifies the SF-425 lines the ledger gives for the report's period. */
  public record SubmitFinancialReport(
      @Required Boolean certified, @MaxLength(RecipientReport.TEXT_MAX) String remarks)
      implements TaskCommand {}

  public record CloseAward(@MaxLength(RecipientReport.TEXT_MAX) String remarks)
      implements TaskCommand {}

  /** Reporting's entry in the inbox. */
  @ApplicationScoped
  public static class Catalogue implements TaskCatalogue {
    @Override
    public List<ReportTasks> taskTypes() {
      return List.of(values());
    }
  }
}
