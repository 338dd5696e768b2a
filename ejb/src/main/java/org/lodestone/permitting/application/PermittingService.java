package org.lodestone.permitting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.intake.domain.PlannedPermit;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.Notice;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.permitting.domain.ActionType;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.permitting.domain.PermitChange;
import org.lodestone.permitting.domain.PermitStatus;
import org.lodestone.permitting.domain.ReasonCategory;
import org.lodestone.permitting.domain.TimetableChangeRequest;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Subject;
import org.lodestone.shared.SubjectKind;

/**
 * Each project's permitting timetable. The award context seeds it when it opens the award; the
 * permitting specialist keeps it under the timetable rules (the domain's {@link Permit}); a large
 * move of a final completion date waits for a program officer; and other contexts ask which of a
 * milestone's permits still block it. Whether the caller may see an award is the award context's
 * answer ({@link AwardDirectory}).
 */
@Stateless
@PermitAll
public class PermittingService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private ProgramClock clock;
  @Inject private CallerService callers;
  @Inject private NotificationService notifications;
  @Inject private AwardDirectory awards;
  @Inject private Event<TimetableChangeRequested> changeRequested;
  @Inject private Event<PermitDenied> denied;

  /**
   * The timetable's first actions: the permits the application said the project needs, then the
   * environmental-review milestones of its NEPA class (EIS: notice of intent, draft and final EIS,
   * record of decision; EA: the assessment and its finding of no significant impact; CATEX: the
   * exclusion), without dates until the specialist sets them.
   */
  public List<Permit> seed(long awardId, List<PlannedPermit> planned, String nepaClass) {
    LocalDate start = clock.today();
    Set<ActionType> listed = java.util.EnumSet.noneOf(ActionType.class);
    for (PlannedPermit p : planned) {
      ActionType type = ActionType.valueOf(p.type().name());
      listed.add(type);
      LocalDate target =
          p.expectedDate() == null || p.expectedDate().isBefore(start) ? null : p.expectedDate();
      store(new Permit(awardId, type, type.label(), p.agency(), start, target), "PermitPlanned");
    }
    for (ActionType type : nepaActions(nepaClass)) {
      if (!listed.contains(type)) {
        store(
            new Permit(awardId, type, type.label(), "Lead federal agency", start, null),
            "PermitPlanned");
      }
    }
    return timetable(awardId);
  }

  static List<ActionType> nepaActions(String nepaClass) {
    if (nepaClass == null) {
      return List.of();
    }
    return switch (nepaClass) {
      case "EIS" ->
          List.of(
              ActionType.NEPA_NOI,
              ActionType.NEPA_DRAFT_EIS,
              ActionType.NEPA_FINAL_EIS,
              ActionType.NEPA_ROD);
      case "EA" -> List.of(ActionType.NEPA_EA, ActionType.NEPA_FONSI);
      case "CATEX" -> List.of(ActionType.NEPA_CATEX);
      default -> List.of();
    };
  }

  /** A timetable as the award context reads it (it has checked who may see the award). */
  public List<Permit> timetable(long awardId) {
    return em.createQuery("select p from Permit p where p.awardId = :a order by p.id", Permit.class)
        .setParameter("a", awardId)
        .getResultList();
  }

  public Set<Long> permitIds(long awardId) {
    return new TreeSet<>(
        em.createQuery("select p.id from Permit p where p.awardId = :a", Long.class)
            .setParameter("a", awardId)
            .getResultList());
  }

  /** What the program-wide permitting page lists. */
  public enum Watch {
    ALL,
    MISSED,
    DUE_IN_30_DAYS,
    PAUSED
  }

  /**
   * The program's actions to watch, earliest target first: missed dates, targets in the next 30
   * days, paused actions; of the awards the caller may see.
   */
  @RolesAllowed({
    "PROGRAM_OFFICER",
    "PERMITTING_SPECIALIST",
    "SELECTING_OFFICIAL",
    "FINANCE_OFFICER",
    "INDEPENDENT_ENGINEER",
    "AUDITOR",
    "ADMIN"
  })
  public List<Permit> watch(Watch watch, int limit) {
    LocalDate today = clock.today();
    String where =
        switch (watch) {
          case MISSED ->
              " where p.actualDate is null and p.targetDate < :today and p.status in :open";
          case DUE_IN_30_DAYS ->
              " where p.actualDate is null and p.targetDate >= :today and p.targetDate <= :soon"
                  + " and p.status in :open";
          case PAUSED -> " where p.status = :paused";
          case ALL -> "";
        };
    var query =
        em.createQuery(
                "select p from Permit p" + where + " order by p.targetDate, p.id", Permit.class)
            .setMaxResults(limit);
    if (watch == Watch.MISSED || watch == Watch.DUE_IN_30_DAYS) {
      query.setParameter("today", today);
      query.setParameter("open", List.of(PermitStatus.PLANNED, PermitStatus.IN_PROGRESS));
    }
    if (watch == Watch.DUE_IN_30_DAYS) {
      query.setParameter("soon", today.plusDays(30));
    }
    if (watch == Watch.PAUSED) {
      query.setParameter("paused", PermitStatus.PAUSED);
    }
    return query.getResultList();
  }

  /** The award number of a permit's award, for lists. */
  public String awardNumberOf(Permit permit) {
    return awardNumber(permit);
  }

  /** The permits of {@code permitIds} that are not complete: what still blocks a milestone. */
  public List<Permit> blocking(Collection<Long> permitIds) {
    if (permitIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from Permit p where p.id in :ids and p.status <> :complete order by p.id",
            Permit.class)
        .setParameter("ids", permitIds)
        .setParameter("complete", PermitStatus.COMPLETE)
        .getResultList();
  }

  /** A permit of an award the caller may see; another organization's is unknown. */
  public Permit get(long permitId) {
    Permit permit = em.find(Permit.class, permitId);
    if (permit == null || awards.visible(permit.awardId()).isEmpty()) {
      throw new NotFoundException("Permit", permitId);
    }
    return permit;
  }

  public List<Long> milestonesDependingOn(long permitId) {
    return awards.milestonesDependingOn(permitId);
  }

  public List<PermitChange> history(long permitId) {
    get(permitId);
    return em.createQuery(
            "select c from PermitChange c where c.permitId = :p order by c.id", PermitChange.class)
        .setParameter("p", permitId)
        .getResultList();
  }

  /** The permitting specialist adds an action to a timetable. */
  @RolesAllowed("PERMITTING_SPECIALIST")
  public Permit add(long awardId, ActionType type, String name, String agency, LocalDate target) {
    AwardDirectory.AwardRef award =
        awards.visible(awardId).orElseThrow(() -> new NotFoundException("Award", awardId));
    LocalDate start =
        timetable(award.id()).stream()
            .map(Permit::timetableStart)
            .min(LocalDate::compareTo)
            .orElse(clock.today());
    return store(new Permit(award.id(), type, name, agency, start, target), "PermitAdded");
  }

  /** What the specialist changes of an action; absent fields stay as they are. */
  public record Update(
      PermitStatus status,
      LocalDate targetDate,
      LocalDate actualDate,
      String reason,
      ReasonCategory category) {}

  /** The permit after the change, and the approval it waits for if it needs one. */
  public record Result(Permit permit, Long pendingRequestId) {}

  /**
   * Changes an action by the timetable rules: a pause, a resume (the open date moves by the days
   * paused), a status, a completion, a new target date (which, for a final completion date moved by
   * more than 30 days, waits for a program officer's approval).
   */
  @RolesAllowed("PERMITTING_SPECIALIST")
  public Result update(long permitId, Update u) {
    Permit permit = lock(permitId);
    LocalDate today = clock.today();
    String by = callers.current().username();
    Instant at = clock.now();
    List<PermitChange> changes = new ArrayList<>();
    Long pending = null;
    if (u.status() == PermitStatus.PAUSED) {
      permit.pause(u.reason(), u.category(), today, by, at, changes);
    } else if (permit.status() == PermitStatus.PAUSED && u.status() != null) {
      permit.resume(today, by, at, changes);
    } else if (u.status() == PermitStatus.COMPLETE || u.actualDate() != null) {
      permit.complete(u.actualDate(), today, by, at, changes);
    } else if (u.status() != null) {
      permit.changeStatus(u.status(), u.reason(), u.category(), by, at, changes);
    }
    if (u.targetDate() != null) {
      Permit.Outcome outcome =
          permit.moveTarget(
              u.targetDate(),
              u.reason(),
              u.category(),
              today,
              finalAction(permit),
              false,
              false,
              by,
              at,
              changes);
      if (outcome == Permit.Outcome.NEEDS_APPROVAL) {
        pending = requestApproval(permit, u, by, at);
      }
    }
    if (changes.isEmpty() && pending == null) {
      throw new RuleViolationException(
          "status", "send a status, a target date or an actual date to change");
    }
    record(permit, changes);
    if (permit.status() == PermitStatus.DENIED && !milestonesDependingOn(permitId).isEmpty()) {
      denied.fire(new PermitDenied(permitId, award(permit).number()));
    }
    return new Result(permit, pending);
  }

  /** Resumes a paused action; refused when it is not paused. */
  @RolesAllowed("PERMITTING_SPECIALIST")
  public Permit resume(long permitId) {
    Permit permit = lock(permitId);
    List<PermitChange> changes = new ArrayList<>();
    permit.resume(clock.today(), callers.current().username(), clock.now(), changes);
    record(permit, changes);
    return permit;
  }

  /** The program officer's decision on a large move of a final completion date. */
  public void decideChange(long requestId, boolean approve, String reason) {
    TimetableChangeRequest request =
        em.find(TimetableChangeRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    if (request == null) {
      throw new NotFoundException("Timetable change", requestId);
    }
    Permit permit = lock(request.permitId());
    String by = callers.current().username();
    request.decide(approve, reason, by);
    List<PermitChange> changes = new ArrayList<>();
    if (approve) {
      permit.moveTarget(
          request.targetDate(),
          request.reason(),
          request.category(),
          clock.today(),
          true,
          false,
          true,
          request.requestedBy(),
          clock.now(),
          changes);
    }
    record(permit, changes);
    audit.record(
        SubjectKind.PERMIT,
        permit.id(),
        approve ? "TimetableChangeApproved" : "TimetableChangeRejected",
        Map.of(
            "request",
            requestId,
            "targetDate",
            request.targetDate().toString(),
            "decidedBy",
            by,
            "reason",
            String.valueOf(request.decisionReason())));
    notifications.tell(
        List.of(request.requestedBy()),
        NotificationKind.DECISION,
        subject(permit),
        new Notice(
            "Timetable change " + (approve ? "approved" : "rejected") + ": " + permit.name(),
            "The move of "
                + permit.name()
                + " to "
                + request.targetDate()
                + " was "
                + (approve ? "approved" : "rejected")
                + " by "
                + by
                + (request.decisionReason() == null ? "." : ": " + request.decisionReason())));
  }

  /** The changes of a permit that wait for a program officer, oldest first. */
  public List<TimetableChangeRequest> pendingChanges(long permitId) {
    get(permitId);
    return em.createQuery(
            "select r from TimetableChangeRequest r where r.permitId = :p and r.status = :s"
                + " order by r.id",
            TimetableChangeRequest.class)
        .setParameter("p", permitId)
        .setParameter("s", TimetableChangeRequest.Status.PENDING)
        .getResultList();
  }

  /** The award a permit is on, for pages reached from a permit's work. */
  public long awardOf(long permitId) {
    return get(permitId).awardId();
  }

  public TimetableChangeRequest changeRequest(long requestId) {
    TimetableChangeRequest request = em.find(TimetableChangeRequest.class, requestId);
    if (request == null) {
      throw new NotFoundException("Timetable change", requestId);
    }
    get(request.permitId());
    return request;
  }

  /**
   * The daily look for missed dates (the timetable process's timer): each action newly missed is
   * flagged and the specialists and program officers are told; its id is returned so that its
   * monthly status report starts.
   */
  public List<Long> flagMissed(long awardId) {
    LocalDate today = clock.today();
    List<Long> flagged = new ArrayList<>();
    for (Permit permit : timetable(awardId)) {
      if (permit.flagMissed(today)) {
        flagged.add(permit.id());
        audit.record(
            SubjectKind.PERMIT,
            permit.id(),
            "TargetDateMissed",
            Map.of("targetDate", permit.targetDate().toString()));
        java.util.Set<String> told =
            new java.util.TreeSet<>(notifications.holdersOf(Role.PERMITTING_SPECIALIST));
        told.addAll(notifications.holdersOf(Role.PROGRAM_OFFICER));
        notifications.tell(
            told,
            NotificationKind.ESCALATION,
            subject(permit),
            new Notice(
                "Target date missed: " + permit.name(),
                permit.name()
                    + " of award "
                    + awardNumber(permit)
                    + " was due on "
                    + permit.targetDate()
                    + " and is not complete. A status report is due every month until it"
                    + " completes or has a new date."));
      }
    }
    return flagged;
  }

  /** True while the action is still missed: its monthly report goes on. */
  public boolean stillMissed(long permitId) {
    Permit permit = em.find(Permit.class, permitId);
    return permit != null && permit.missed(clock.today());
  }

  /** The specialist's monthly report on a missed date (REPORT_MISSED_DATE). */
  public void reportMissed(
      long permitId,
      PermitStatus status,
      LocalDate newTarget,
      ReasonCategory category,
      String explanation) {
    Permit permit = lock(permitId);
    if (explanation == null || explanation.isBlank() || explanation.length() > Permit.TEXT_MAX) {
      throw new RuleViolationException(
          "explanation", "is required, at most " + Permit.TEXT_MAX + " characters");
    }
    String by = callers.current().username();
    Instant at = clock.now();
    List<PermitChange> changes = new ArrayList<>();
    if (status != null && status != permit.status()) {
      if (status == PermitStatus.PAUSED) {
        permit.pause(explanation, category, clock.today(), by, at, changes);
      } else {
        permit.changeStatus(status, explanation, category, by, at, changes);
      }
    }
    if (newTarget != null) {
      permit.moveTarget(
          newTarget, explanation, category, clock.today(), false, true, false, by, at, changes);
    }
    record(permit, changes);
    audit.record(
        SubjectKind.PERMIT,
        permitId,
        "MissedDateReported",
        Map.of("explanation", explanation.strip(), "newTargetDate", String.valueOf(newTarget)));
  }

  /** The specialist's quarterly confirmation of a timetable (UPDATE_TIMETABLE). */
  public void confirm(long awardId, String notes) {
    if (notes != null && notes.length() > Permit.TEXT_MAX) {
      throw new RuleViolationException(
          "notes", "must be at most " + Permit.TEXT_MAX + " characters");
    }
    em.createNativeQuery(
            "insert into timetable_confirmation (award_id, confirmed_by, confirmed_at, notes)"
                + " values (?, ?, ?, ?)")
        .setParameter(1, awardId)
        .setParameter(2, callers.current().username())
        .setParameter(3, java.sql.Timestamp.from(clock.now()))
        .setParameter(4, notes)
        .executeUpdate();
    audit.record(
        SubjectKind.AWARD,
        awardId,
        "TimetableConfirmed",
        Map.of("notes", notes == null ? "" : notes.strip()));
  }

  private boolean finalAction(Permit permit) {
    return permit.type().finalDecision() || !milestonesDependingOn(permit.id()).isEmpty();
  }

  private Long requestApproval(Permit permit, Update u, String by, Instant at) {
    TimetableChangeRequest request =
        new TimetableChangeRequest(permit.id(), u.targetDate(), u.reason(), u.category(), by, at);
    em.persist(request);
    em.flush();
    audit.record(
        SubjectKind.PERMIT,
        permit.id(),
        "TimetableChangeRequested",
        Map.of(
            "request", request.id(),
            "from", String.valueOf(permit.targetDate()),
            "to", u.targetDate().toString(),
            "reason", request.reason(),
            "reasonCategory", request.category().name()));
    notifications.tell(
        notifications.holdersOf(Role.PROGRAM_OFFICER),
        NotificationKind.ASSIGNMENT,
        subject(permit),
        new Notice(
            "Timetable change to approve: " + permit.name(),
            by
                + " asks to move "
                + permit.name()
                + " of award "
                + awardNumber(permit)
                + " from "
                + permit.targetDate()
                + " to "
                + u.targetDate()
                + ": "
                + request.reason()));
    changeRequested.fire(
        new TimetableChangeRequested(request.id(), permit.id(), awardNumber(permit)));
    return request.id();
  }

  private Permit store(Permit permit, String event) {
    em.persist(permit);
    em.flush();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("award", permit.awardId());
    data.put("type", permit.type().name());
    data.put("name", permit.name());
    data.put("agency", String.valueOf(permit.agency()));
    data.put("targetDate", String.valueOf(permit.targetDate()));
    audit.record(SubjectKind.PERMIT, permit.id(), event, data);
    return permit;
  }

  private void record(Permit permit, List<PermitChange> changes) {
    for (PermitChange c : changes) {
      em.persist(c);
    }
    em.flush();
    if (!changes.isEmpty()) {
      List<Map<String, Object>> data = new ArrayList<>();
      for (PermitChange c : changes) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", c.field());
        change.put("before", c.before());
        change.put("after", c.after());
        change.put("reason", c.reason());
        change.put("reasonCategory", c.category() == null ? null : c.category().name());
        data.add(change);
      }
      audit.record(SubjectKind.PERMIT, permit.id(), "PermitChanged", Map.of("changes", data));
    }
  }

  private Permit lock(long permitId) {
    get(permitId);
    Permit permit = em.find(Permit.class, permitId);
    em.refresh(permit, LockModeType.PESSIMISTIC_WRITE);
    return permit;
  }

  private AwardDirectory.AwardRef award(Permit permit) {
    return awards.visible(permit.awardId()).orElseThrow();
  }

  private String awardNumber(Permit permit) {
    return awards.visible(permit.awardId()).map(AwardDirectory.AwardRef::number).orElse("");
  }

  private Subject subject(Permit permit) {
    return Subject.of(SubjectKind.PERMIT, permit.id(), awardNumber(permit));
  }
}
