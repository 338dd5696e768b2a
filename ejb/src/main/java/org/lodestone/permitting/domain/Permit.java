package org.lodestone.permitting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

/**
 * An action on a project's permitting timetable (a permit, or an environmental-review milestone),
 * kept under the rules of FAST-41 and the Permitting Dashboard: every date change and pause has a
 * reason and a category and is kept as history; no target date changes within 30 days before it
 * (after that only through the missed-date report); extensions add up to at most half of the
 * original timetable unless their cause is outside the government's control; a final completion
 * date moved by more than 30 days waits for a program officer's approval; resuming after a pause
 * moves the open date by the days paused.
 */
@Entity
@Table(name = "permit")
public class Permit {

  public static final int TEXT_MAX = 2000;

  /** Days before a target date inside which it no longer changes. */
  public static final int FREEZE_DAYS = 30;

  /** Days a final completion date may move without a program officer's approval. */
  public static final int APPROVAL_DAYS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "award_id")
  private long awardId;

  @Enumerated(EnumType.STRING)
  private ActionType type;

  private String name;
  private String agency;

  @Enumerated(EnumType.STRING)
  private PermitStatus status;

  @Column(name = "timetable_start")
  private LocalDate timetableStart;

  @Column(name = "original_target_date")
  private LocalDate originalTargetDate;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @Column(name = "actual_date")
  private LocalDate actualDate;

  @Column(name = "extension_days")
  private int extensionDays;

  @Column(name = "paused_since")
  private LocalDate pausedSince;

  @Column(name = "paused_reason")
  private String pausedReason;

  @Column(name = "status_before_pause")
  @Enumerated(EnumType.STRING)
  private PermitStatus statusBeforePause;

  @Column(name = "missed_since")
  private LocalDate missedSince;

  @Version private long version;

  protected Permit() {}

  public Permit(
      long awardId,
      ActionType type,
      String name,
      String agency,
      LocalDate timetableStart,
      LocalDate targetDate) {
    List<Violation> v = new ArrayList<>();
    if (type == null) {
      v.add(new Violation("type", "is required"));
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      v.add(new Violation("name", "is required, at most 200 characters"));
    }
    if (agency != null && agency.length() > 200) {
      v.add(new Violation("agency", "must be at most 200 characters"));
    }
    if (targetDate != null && targetDate.isBefore(timetableStart)) {
      v.add(
          new Violation(
              "targetDate", "must not be before the timetable's start, " + timetableStart));
    }
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    this.awardId = awardId;
    this.type = type;
    this.name = name.strip();
    this.agency = agency == null || agency.isBlank() ? null : agency.strip();
    this.status = PermitStatus.PLANNED;
    this.timetableStart = timetableStart;
    this.originalTargetDate = targetDate;
    this.targetDate = targetDate;
  }

  /** What a change of the target date leads to. */
  public enum Outcome {
    APPLIED,
    NEEDS_APPROVAL
  }

  /**
   * Moves the target date, by every rule at once. {@code finalAction} says whether the action's
   * date is a final completion date (the record of decision, or an action a milestone depends on);
   * {@code missedReport} that the change comes from the status report of a missed date.
   *
   * @return APPLIED with the history in {@code changes}, or NEEDS_APPROVAL (nothing changed)
   */
  public Outcome moveTarget(
      LocalDate newTarget,
      String reason,
      ReasonCategory category,
      LocalDate today,
      boolean finalAction,
      boolean missedReport,
      boolean approved,
      String by,
      Instant at,
      List<PermitChange> changes) {
    requireOpen("have its target date changed");
    List<Violation> v = new ArrayList<>();
    reasonViolations(v, reason, category);
    if (newTarget == null) {
      v.add(new Violation("targetDate", "is required"));
    } else if (newTarget.isBefore(timetableStart)) {
      v.add(
          new Violation(
              "targetDate", "must not be before the timetable's start, " + timetableStart));
    } else if (newTarget.equals(targetDate)) {
      v.add(new Violation("targetDate", "is already " + targetDate));
    }
    if (targetDate != null && !missedReport && !approved) {
      long daysBefore = ChronoUnit.DAYS.between(today, targetDate);
      if (daysBefore < 0) {
        v.add(
            new Violation(
                "targetDate",
                "the target date "
                    + targetDate
                    + " has passed: a missed date gets a new date through its status report"));
      } else if (daysBefore <= FREEZE_DAYS) {
        v.add(
            new Violation(
                "targetDate",
                "does not change within "
                    + FREEZE_DAYS
                    + " days before it: "
                    + targetDate
                    + " is "
                    + daysBefore
                    + " days away"));
      }
    }
    int extension = extensionOf(newTarget);
    if (extension > 0 && category != ReasonCategory.OUTSIDE_GOVERNMENT_CONTROL) {
      int allowance = extensionAllowance();
      if (extensionDays + extension > allowance) {
        v.add(
            new Violation(
                "targetDate",
                "extensions would add up to "
                    + (extensionDays + extension)
                    + " days, more than half of the original timetable ("
                    + allowance
                    + " days of "
                    + originalLength()
                    + "); "
                    + extensionDays
                    + " are used"));
      }
    }
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    if (finalAction
        && !approved
        && Math.abs(ChronoUnit.DAYS.between(targetDate, newTarget)) > APPROVAL_DAYS) {
      return Outcome.NEEDS_APPROVAL;
    }
    if (category != ReasonCategory.OUTSIDE_GOVERNMENT_CONTROL) {
      extensionDays += Math.max(extension, 0);
    }
    changes.add(
        new PermitChange(
            id, at, by, "targetDate", targetDate, newTarget, reason.strip(), category));
    targetDate = newTarget;
    if (!missed(today)) {
      missedSince = null;
    }
    return Outcome.APPLIED;
  }

  /** The action is complete on {@code actual}, which is not in the future. */
  public void complete(
      LocalDate actual, LocalDate today, String by, Instant at, List<PermitChange> changes) {
    requireOpen("be completed");
    if (actual == null) {
      throw new RuleViolationException("actualDate", "is required to complete an action");
    }
    if (actual.isAfter(today)) {
      throw new RuleViolationException(
          "actualDate", "must not be in the future (today is " + today + ")");
    }
    if (actual.isBefore(timetableStart)) {
      throw new RuleViolationException(
          "actualDate", "must not be before the timetable's start, " + timetableStart);
    }
    changes.add(new PermitChange(id, at, by, "actualDate", actualDate, actual, null, null));
    changes.add(new PermitChange(id, at, by, "status", status, PermitStatus.COMPLETE, null, null));
    actualDate = actual;
    status = PermitStatus.COMPLETE;
    missedSince = null;
  }

  /** Starts work on a planned action, or ends it denied or withdrawn (with a reason). */
  public void changeStatus(
      PermitStatus to,
      String reason,
      ReasonCategory category,
      String by,
      Instant at,
      List<PermitChange> changes) {
    requireOpen("change its status");
    if (to == null || to == status) {
      throw new RuleViolationException("status", "is already " + status);
    }
    switch (to) {
      case IN_PROGRESS, PLANNED -> {}
      case DENIED, WITHDRAWN -> {
        List<Violation> v = new ArrayList<>();
        reasonViolations(v, reason, category);
        if (!v.isEmpty()) {
          throw new RuleViolationException(v);
        }
      }
      default ->
          throw new RuleViolationException(
              "status",
              "use actualDate to complete an action, and pause or resume to pause or resume it");
    }
    changes.add(new PermitChange(id, at, by, "status", status, to, reason, category));
    status = to;
  }

  /** Pauses the action; a pause needs a reason and a category. */
  public void pause(
      String reason,
      ReasonCategory category,
      LocalDate today,
      String by,
      Instant at,
      List<PermitChange> changes) {
    requireOpen("be paused");
    if (status == PermitStatus.PAUSED) {
      throw new StateConflictException(name + " is already paused since " + pausedSince);
    }
    List<Violation> v = new ArrayList<>();
    reasonViolations(v, reason, category);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    changes.add(
        new PermitChange(
            id, at, by, "status", status, PermitStatus.PAUSED, reason.strip(), category));
    statusBeforePause = status;
    status = PermitStatus.PAUSED;
    pausedSince = today;
    pausedReason = reason.strip();
  }

  /** Resumes a paused action: its open date moves by the days paused ("project pause"). */
  public void resume(LocalDate today, String by, Instant at, List<PermitChange> changes) {
    if (status != PermitStatus.PAUSED) {
      throw new StateConflictException(
          name + " is " + status + ", not paused: there is nothing to resume");
    }
    long days = ChronoUnit.DAYS.between(pausedSince, today);
    changes.add(
        new PermitChange(id, at, by, "status", status, statusBeforePause, "project pause", null));
    if (targetDate != null && days > 0) {
      LocalDate moved = targetDate.plusDays(days);
      changes.add(
          new PermitChange(id, at, by, "targetDate", targetDate, moved, "project pause", null));
      targetDate = moved;
    }
    status = statusBeforePause;
    statusBeforePause = null;
    pausedSince = null;
    pausedReason = null;
  }

  /** The target date passed without an actual date, the action still open. */
  public boolean missed(LocalDate today) {
    return actualDate == null
        && targetDate != null
        && (status == PermitStatus.PLANNED || status == PermitStatus.IN_PROGRESS)
        && targetDate.isBefore(today);
  }

  /**
   * Flags a missed date once: true the first time the action is seen missed, until it gets a new
   * date or completes.
   */
  public boolean flagMissed(LocalDate today) {
    if (!missed(today)) {
      missedSince = null;
      return false;
    }
    if (missedSince != null) {
      return false;
    }
    missedSince = today;
    return true;
  }

  public LocalDate missedSince() {
    return missedSince;
  }

  /** Days the target date may still be extended within half of the original timetable. */
  public int extensionAllowance() {
    return (int) (originalLength() / 2);
  }

  private long originalLength() {
    return originalTargetDate == null
        ? 0
        : ChronoUnit.DAYS.between(timetableStart, originalTargetDate);
  }

  private int extensionOf(LocalDate newTarget) {
    if (newTarget == null || targetDate == null) {
      return 0;
    }
    return (int) Math.max(0, ChronoUnit.DAYS.between(targetDate, newTarget));
  }

  private void requireOpen(String what) {
    if (status == PermitStatus.COMPLETE
        || status == PermitStatus.DENIED
        || status == PermitStatus.WITHDRAWN) {
      throw new StateConflictException(name + " is " + status + " and cannot " + what);
    }
  }

  private static void reasonViolations(List<Violation> v, String reason, ReasonCategory category) {
    if (reason == null || reason.isBlank()) {
      v.add(new Violation("reason", "is required: say why"));
    } else if (reason.length() > TEXT_MAX) {
      v.add(new Violation("reason", "must be at most " + TEXT_MAX + " characters"));
    }
    if (category == null) {
      v.add(
          new Violation(
              "reasonCategory",
              "is required: PROJECT_SPONSOR, AGENCY_RESOURCES, LITIGATION, NEW_INFORMATION,"
                  + " OUTSIDE_GOVERNMENT_CONTROL or OTHER"));
    }
  }

  public Long id() {
    return id;
  }

  public long awardId() {
    return awardId;
  }

  public ActionType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String agency() {
    return agency;
  }

  public PermitStatus status() {
    return status;
  }

  public LocalDate timetableStart() {
    return timetableStart;
  }

  public LocalDate originalTargetDate() {
    return originalTargetDate;
  }

  public LocalDate targetDate() {
    return targetDate;
  }

  public LocalDate actualDate() {
    return actualDate;
  }

  public int extensionDays() {
    return extensionDays;
  }

  public LocalDate pausedSince() {
    return pausedSince;
  }

  public String pausedReason() {
    return pausedReason;
  }

  public boolean complete() {
    return status == PermitStatus.COMPLETE;
  }
}
