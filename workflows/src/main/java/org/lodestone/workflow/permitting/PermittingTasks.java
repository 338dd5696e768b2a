package org.lodestone.workflow.permitting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.permitting.domain.PermitStatus;
import org.lodestone.permitting.domain.ReasonCategory;
import org.lodestone.shared.SubjectKind;
import org.lodestone.workflow.inbox.MaxLength;
import org.lodestone.workflow.inbox.Required;
import org.lodestone.workflow.inbox.TaskCatalogue;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.TaskType;

/** The work of permitting timetables, each with the command that completes it. */
public enum PermittingTasks implements TaskType {
  UPDATE_TIMETABLE(
      "Quarterly timetable confirmation",
      SubjectKind.AWARD,
      UpdateTimetable.class,
      PermittingProcess.TASK_UPDATE_TIMETABLE),
  REPORT_MISSED_DATE(
      "Missed date status report",
      SubjectKind.PERMIT,
      ReportMissedDate.class,
      PermittingProcess.TASK_REPORT_MISSED_DATE),
  APPROVE_TIMETABLE_CHANGE(
      "Timetable change approval",
      SubjectKind.PERMIT,
      DecideTimetableChange.class,
      PermittingProcess.TASK_APPROVE_CHANGE),
  DECIDE_DENIED_PERMIT(
      "Denied permit decision",
      SubjectKind.PERMIT,
      DecideDeniedPermit.class,
      PermittingProcess.TASK_DECIDE_DENIED);

  private final Definition definition;

  PermittingTasks(
      String label, SubjectKind subject, Class<? extends TaskCommand> command, String... steps) {
    this.definition = Definition.of(label, subject, command, steps);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  public enum ChangeDecision {
    APPROVE,
    REJECT
  }

  public enum DeniedPermitDecision {
    AMEND,
    SUSPEND,
    TERMINATE
  }

  public record UpdateTimetable(
      @Required Boolean confirmed, @MaxLength(Permit.TEXT_MAX) String notes)
      implements TaskCommand {}

  /** The monthly report on a missed date: where it stands, and a new date if there is one. */
  public record ReportMissedDate(
      PermitStatus status,
      LocalDate newTargetDate,
      ReasonCategory reasonCategory,
      @Required @MaxLength(Permit.TEXT_MAX) String explanation)
      implements TaskCommand {}

  public record DecideTimetableChange(
      @Required ChangeDecision decision, @MaxLength(Permit.TEXT_MAX) String reason)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(PermittingProcess.CHANGE_DECISION, decision.name());
    }
  }

  public record DecideDeniedPermit(
      @Required DeniedPermitDecision decision, @Required @MaxLength(Permit.TEXT_MAX) String reason)
      implements TaskCommand {}

  /** Permitting's entry in the inbox. */
  @ApplicationScoped
  public static class Catalogue implements TaskCatalogue {
    @Override
    public List<PermittingTasks> taskTypes() {
      return List.of(values());
    }
  }
}
