package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.permitting.application.PermittingService;
import org.lodestone.permitting.domain.ActionType;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.permitting.domain.PermitChange;
import org.lodestone.permitting.domain.PermitStatus;
import org.lodestone.permitting.domain.ReasonCategory;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;

/**
 * A project's permitting timetable in the style of the Federal Permitting Dashboard: each action's
 * original target, current target and actual date on one time line (missed in red, paused marked),
 * its history and the extension allowance used; the permitting specialist changes it here under the
 * timetable rules.
 */
@Named
@ViewScoped
public class TimetablePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AwardService awards;
  @Inject private transient PermittingService permitting;
  @Inject private transient ProgramClock clock;

  @Inject private transient org.lodestone.workflow.inbox.WorkInbox inbox;

  private Long award;
  private Long permit;
  private transient Award loaded;
  private transient List<Permit> permits;
  private transient Map<Long, List<PermitChange>> history;
  private transient List<Row> rows;
  private transient List<org.lodestone.workflow.inbox.WorkItem> work;

  // the specialist's change
  private Long permitId;
  private LocalDate targetDate;
  private LocalDate actualDate;
  private PermitStatus status;
  private String reason;
  private ReasonCategory category;

  // a new action
  private ActionType newType;
  private String newName;
  private String newAgency;
  private LocalDate newTarget;

  public void load() {
    rows = null;
    work = null;
    try {
      if (award == null && permit != null) {
        award = permitting.awardOf(permit);
      }
      loaded = award == null ? null : awards.get(award);
    } catch (NotFoundException e) {
      loaded = null;
    }
    if (loaded != null) {
      permits = awards.permits(award);
      history = new TreeMap<>();
      permits.forEach(p -> history.put(p.id(), permitting.history(p.id())));
    }
  }

  /** One row of the chart: where its bar and its dates stand, in percent of the time line. */
  public record Row(
      Permit permit,
      boolean missed,
      double start,
      double width,
      Double original,
      Double target,
      Double actual,
      List<Long> milestones) {}

  /** The time line: from the timetable's start to a fortnight after its last date (or today). */
  private record Scale(LocalDate first, double span) {
    double at(LocalDate day) {
      return Math.min(100, Math.max(0, 100.0 * ChronoUnit.DAYS.between(first, day) / span));
    }
  }

  private Scale scale() {
    LocalDate today = clock.today();
    LocalDate first =
        permits.stream().map(Permit::timetableStart).min(LocalDate::compareTo).orElse(today);
    LocalDate last =
        permits.stream()
            .flatMap(p -> Stream.of(p.originalTargetDate(), p.targetDate(), p.actualDate()))
            .filter(java.util.Objects::nonNull)
            .max(LocalDate::compareTo)
            .orElse(today.plusMonths(6));
    if (today.isAfter(last)) {
      last = today;
    }
    return new Scale(first, Math.max(1, ChronoUnit.DAYS.between(first, last.plusDays(15))));
  }

  public List<Row> getRows() {
    if (permits == null || permits.isEmpty()) {
      return List.of();
    }
    if (rows != null) {
      return rows;
    }
    LocalDate today = clock.today();
    Scale scale = scale();
    List<Row> rows = new ArrayList<>();
    for (Permit p : permits) {
      LocalDate end =
          p.actualDate() != null ? p.actualDate() : p.targetDate() != null ? p.targetDate() : today;
      double start = scale.at(p.timetableStart());
      rows.add(
          new Row(
              p,
              p.missed(today),
              start,
              Math.max(0.5, scale.at(end) - start),
              p.originalTargetDate() == null ? null : scale.at(p.originalTargetDate()),
              p.targetDate() == null ? null : scale.at(p.targetDate()),
              p.actualDate() == null ? null : scale.at(p.actualDate()),
              permitting.milestonesDependingOn(p.id())));
    }
    this.rows = rows;
    return rows;
  }

  public double getTodayPosition() {
    return permits == null || permits.isEmpty() ? 0 : scale().at(clock.today());
  }

  public List<PermitChange> history(Permit p) {
    return history.getOrDefault(p.id(), List.of());
  }

  /** The extension allowance used, in percent. */
  public long allowanceUsed(Permit p) {
    return p.extensionAllowance() == 0
        ? 0
        : Math.min(100, Math.round(100.0 * p.extensionDays() / p.extensionAllowance()));
  }

  public String change() {
    if (permitId == null) {
      Messages.error("Choose the action to change.");
      return null;
    }
    PermittingService.Result[] result = new PermittingService.Result[1];
    if (!Messages.attempt(
        () ->
            result[0] =
                permitting.update(
                    permitId,
                    new PermittingService.Update(status, targetDate, actualDate, reason, category)),
        "change")) {
      return null;
    }
    Messages.info(
        result[0].pendingRequestId() == null
            ? result[0].permit().name() + " changed."
            : "The move of "
                + result[0].permit().name()
                + " to "
                + targetDate
                + " is more than 30 days on a final completion date: it waits for a program"
                + " officer's approval.");
    return "/app/timetable.xhtml?faces-redirect=true&award=" + award;
  }

  public String resume(Permit p) {
    if (!Messages.attempt(() -> permitting.resume(p.id()), "change")) {
      return null;
    }
    Messages.info(p.name() + " resumed; its open date moved by the days paused.");
    return "/app/timetable.xhtml?faces-redirect=true&award=" + award;
  }

  public String add() {
    if (!Messages.attempt(
        () ->
            permitting.add(
                award,
                newType,
                newName == null || newName.isBlank()
                    ? (newType == null ? null : newType.label())
                    : newName,
                newAgency,
                newTarget),
        "add")) {
      return null;
    }
    Messages.info("Action added to the timetable.");
    return "/app/timetable.xhtml?faces-redirect=true&award=" + award;
  }

  // the caller's work on this timetable
  private String workReason;
  private LocalDate reportTarget;
  private PermitStatus reportStatus;
  private ReasonCategory reportCategory;
  private org.lodestone.workflow.permitting.PermittingTasks.DeniedPermitDecision deniedDecision;

  /** The caller's open work on this timetable: on the award and on each of its actions. */
  public List<org.lodestone.workflow.inbox.WorkItem> getWork() {
    if (loaded == null) {
      return List.of();
    }
    if (work != null) {
      return work;
    }
    work = new ArrayList<>();
    for (org.lodestone.workflow.inbox.WorkItem w : inbox.openWork()) {
      boolean mine =
          switch (w.subject().kind()) {
            case AWARD ->
                w.subject().id() == loaded.id()
                    && w.type()
                        == org.lodestone.workflow.permitting.PermittingTasks.UPDATE_TIMETABLE;
            case PERMIT -> permits.stream().anyMatch(p -> p.id() == w.subject().id());
            default -> false;
          };
      if (mine) {
        work.add(w);
      }
    }
    return work;
  }

  public Permit permitOf(org.lodestone.workflow.inbox.WorkItem w) {
    return permits.stream().filter(p -> p.id() == w.subject().id()).findFirst().orElse(null);
  }

  public List<org.lodestone.permitting.domain.TimetableChangeRequest> pending(
      org.lodestone.workflow.inbox.WorkItem w) {
    return permitting.pendingChanges(w.subject().id());
  }

  private String complete(
      org.lodestone.workflow.inbox.WorkItem w,
      org.lodestone.workflow.inbox.TaskCommand command,
      String done) {
    if (!Messages.attempt(() -> inbox.complete(w.id(), command), "work")) {
      return null;
    }
    Messages.info(done);
    return "/app/timetable.xhtml?faces-redirect=true&award=" + award;
  }

  public String decideChange(org.lodestone.workflow.inbox.WorkItem w, boolean approve) {
    return complete(
        w,
        new org.lodestone.workflow.permitting.PermittingTasks.DecideTimetableChange(
            approve
                ? org.lodestone.workflow.permitting.PermittingTasks.ChangeDecision.APPROVE
                : org.lodestone.workflow.permitting.PermittingTasks.ChangeDecision.REJECT,
            workReason),
        approve ? "Change approved: the date has moved." : "Change rejected: the date stays.");
  }

  public String report(org.lodestone.workflow.inbox.WorkItem w) {
    return complete(
        w,
        new org.lodestone.workflow.permitting.PermittingTasks.ReportMissedDate(
            reportStatus, reportTarget, reportCategory, workReason),
        "Status report recorded.");
  }

  public String confirm(org.lodestone.workflow.inbox.WorkItem w) {
    return complete(
        w,
        new org.lodestone.workflow.permitting.PermittingTasks.UpdateTimetable(
            Boolean.TRUE, workReason),
        "Timetable confirmed for this quarter.");
  }

  public String decideDenied(org.lodestone.workflow.inbox.WorkItem w) {
    return complete(
        w,
        new org.lodestone.workflow.permitting.PermittingTasks.DecideDeniedPermit(
            deniedDecision, workReason),
        "Decision on the denied permit recorded.");
  }

  public org.lodestone.workflow.permitting.PermittingTasks.DeniedPermitDecision[]
      getDeniedDecisions() {
    return org.lodestone.workflow.permitting.PermittingTasks.DeniedPermitDecision.values();
  }

  public String getWorkReason() {
    return workReason;
  }

  public void setWorkReason(String workReason) {
    this.workReason = workReason;
  }

  public LocalDate getReportTarget() {
    return reportTarget;
  }

  public void setReportTarget(LocalDate reportTarget) {
    this.reportTarget = reportTarget;
  }

  public PermitStatus getReportStatus() {
    return reportStatus;
  }

  public void setReportStatus(PermitStatus reportStatus) {
    this.reportStatus = reportStatus;
  }

  public ReasonCategory getReportCategory() {
    return reportCategory;
  }

  public void setReportCategory(ReasonCategory reportCategory) {
    this.reportCategory = reportCategory;
  }

  public org.lodestone.workflow.permitting.PermittingTasks.DeniedPermitDecision
      getDeniedDecision() {
    return deniedDecision;
  }

  public void setDeniedDecision(
      org.lodestone.workflow.permitting.PermittingTasks.DeniedPermitDecision deniedDecision) {
    this.deniedDecision = deniedDecision;
  }

  public Long getPermit() {
    return permit;
  }

  public void setPermit(Long permit) {
    this.permit = permit;
  }

  public LocalDate getRangeStart() {
    return permits == null || permits.isEmpty() ? null : scale().first();
  }

  public LocalDate getRangeEnd() {
    return permits == null || permits.isEmpty()
        ? null
        : scale().first().plusDays((long) scale().span());
  }

  public Award getAwardRecord() {
    return loaded;
  }

  public List<Permit> getPermits() {
    return permits;
  }

  public PermitStatus[] getStatuses() {
    return PermitStatus.values();
  }

  public ReasonCategory[] getCategories() {
    return ReasonCategory.values();
  }

  public ActionType[] getTypes() {
    return ActionType.values();
  }

  public Long getAward() {
    return award;
  }

  public void setAward(Long award) {
    this.award = award;
  }

  public Long getPermitId() {
    return permitId;
  }

  public void setPermitId(Long permitId) {
    this.permitId = permitId;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public void setTargetDate(LocalDate targetDate) {
    this.targetDate = targetDate;
  }

  public LocalDate getActualDate() {
    return actualDate;
  }

  public void setActualDate(LocalDate actualDate) {
    this.actualDate = actualDate;
  }

  public PermitStatus getStatus() {
    return status;
  }

  public void setStatus(PermitStatus status) {
    this.status = status;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public ReasonCategory getCategory() {
    return category;
  }

  public void setCategory(ReasonCategory category) {
    this.category = category;
  }

  public ActionType getNewType() {
    return newType;
  }

  public void setNewType(ActionType newType) {
    this.newType = newType;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewAgency() {
    return newAgency;
  }

  public void setNewAgency(String newAgency) {
    this.newAgency = newAgency;
  }

  public LocalDate getNewTarget() {
    return newTarget;
  }

  public void setNewTarget(LocalDate newTarget) {
    this.newTarget = newTarget;
  }
}
