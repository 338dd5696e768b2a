package org.lodestone.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.disbursement.domain.PaymentStatus;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.Notice;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.Mineral;
import org.lodestone.reporting.domain.FinancialReport;
import org.lodestone.reporting.domain.ProgressContent;
import org.lodestone.reporting.domain.RecipientReport;
import org.lodestone.reporting.domain.ReportKind;
import org.lodestone.reporting.domain.ReportStatus;
import org.lodestone.reporting.domain.ReportingPeriods;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.SubjectKind;
import org.lodestone.shared.Violation;

/**
 * The reports a recipient owes and the closeout of its award: each quarter of the period of
 * performance opens a progress and a financial report; the end of performance opens the final ones;
 * the award closes when every report is in and no payment is on its way.
 */
@Stateless
@PermitAll
public class ReportService {

  static final SubjectKind SUBJECT = SubjectKind.REPORT;

  @PersistenceContext private EntityManager em;
  @Inject private AwardService awards;
  @Inject private DisbursementService disbursements;
  @Inject private ReportingService reporting;
  @Inject private OpportunityService opportunities;
  @Inject private AuditTrail audit;
  @Inject private NotificationService notifications;
  @Inject private CallerService callers;
  @Inject private ProgramClock clock;
  @Inject private Event<ReportOpened> opened;

  /** When the reporting calendar of an award next needs a look, and whether performance ended. */
  public record Schedule(Instant nextAt, boolean performanceEnded) {}

  /**
   * Opens the quarterly reports of every quarter of performance that has ended and is not yet open,
   * and says when to look again: the day after the next quarter ends, or after the period of
   * performance ends.
   */
  public Schedule openQuarterlyReports(long awardId) {
    Award award = awards.get(awardId);
    LocalDate today = clock.today();
    boolean ended =
        !today.isBefore(award.end().plusDays(1)) || award.status() == AwardStatus.TERMINATED;
    LocalDate next = null;
    for (LocalDate quarterEnd : ReportingPeriods.quarterEnds(award.start(), award.end())) {
      if (quarterEnd.isBefore(today)) {
        LocalDate from = ReportingPeriods.quarterStart(quarterEnd, award.start());
        for (ReportKind kind : ReportKind.values()) {
          open(award, kind, false, from, quarterEnd, ReportingPeriods.quarterlyDue(quarterEnd));
        }
      } else if (next == null) {
        next = quarterEnd;
      }
    }
    LocalDate look = next == null ? award.end() : next;
    return new Schedule(startOfDayAfter(look), ended);
  }

  /**
   * The period of performance has ended: the award goes to closeout and its final reports are due
   * in 120 days. Returns when closeout is late.
   */
  public Instant startCloseout(long awardId) {
    Award award = awards.get(awardId);
    LocalDate due = ReportingPeriods.closeoutDue(award.end());
    awards.startCloseout(awardId, due);
    for (ReportKind kind : ReportKind.values()) {
      open(award, kind, true, award.start(), award.end(), due);
    }
    return startOfDayAfter(due);
  }

  private void open(
      Award award,
      ReportKind kind,
      boolean finalReport,
      LocalDate from,
      LocalDate to,
      LocalDate due) {
    long existing =
        em.createQuery(
                "select count(r) from RecipientReport r where r.awardId = :a and r.kind = :k"
                    + " and r.finalReport = :f and r.periodEnd = :e",
                Long.class)
            .setParameter("a", award.id())
            .setParameter("k", kind)
            .setParameter("f", finalReport)
            .setParameter("e", to)
            .getSingleResult();
    if (existing > 0) {
      return;
    }
    RecipientReport report =
        new RecipientReport(
            award.number(),
            award.id(),
            award.organizationId(),
            kind,
            finalReport,
            from,
            to,
            due,
            clock.now());
    em.persist(report);
    em.flush();
    audit.record(
        SUBJECT,
        report.id(),
        "ReportOpened",
        Map.of(
            "award", award.number(),
            "kind", kind.name(),
            "final", finalReport,
            "periodEnd", to.toString(),
            "due", due.toString()));
    notifications.tell(
        notifications.membersOf(award.organizationId()),
        NotificationKind.REPORT,
        report.subject(),
        new Notice(
            kind.label() + " due: " + report.number(),
            "Your "
                + kind.label().toLowerCase()
                + " on award "
                + award.number()
                + " for "
                + from
                + " to "
                + to
                + " is due by "
                + due
                + "."));
    opened.fire(
        new ReportOpened(
            report.id(),
            report.number(),
            kind,
            award.id(),
            award.organizationId(),
            startOfDayAfter(due)));
  }

  /** A report the caller may see: its award's, or none. */
  public RecipientReport get(long reportId) {
    RecipientReport report = em.find(RecipientReport.class, reportId);
    if (report == null || !callers.current().mayActFor(report.organizationId())) {
      throw new NotFoundException("Report", reportId);
    }
    return report;
  }

  public List<RecipientReport> ofAward(long awardId) {
    Award award = awards.get(awardId);
    return em.createQuery(
            "select r from RecipientReport r where r.awardId = :a"
                + " order by r.finalReport, r.periodEnd, r.kind",
            RecipientReport.class)
        .setParameter("a", award.id())
        .getResultList();
  }

  /**
   * The report inbox: an applicant's organization's reports, or every report for staff, owed first
   * and by due date; {@code status} narrows it.
   */
  public List<RecipientReport> inbox(ReportStatus status, int limit) {
    Caller caller = callers.current();
    StringBuilder q = new StringBuilder("select r from RecipientReport r where 1 = 1");
    if (!caller.seesAllOrganizations()) {
      q.append(" and r.organizationId = :o");
    }
    if (status != null) {
      q.append(" and r.status = :s");
    }
    q.append(
        " order by case when r.status in (:owed) then 0 when r.status = :review then 1 else 2 end,"
            + " r.dueOn, r.number");
    var query =
        em.createQuery(q.toString(), RecipientReport.class)
            .setParameter("owed", List.of(ReportStatus.DUE, ReportStatus.RETURNED))
            .setParameter("review", ReportStatus.SUBMITTED)
            .setMaxResults(limit);
    if (!caller.seesAllOrganizations()) {
      query.setParameter("o", caller.organizationId().orElse(-1L));
    }
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.getResultList();
  }

  /** The recipient sends its progress report (SUBMIT_PROGRESS_REPORT). */
  public RecipientReport submitProgress(long reportId, ProgressContent content) {
    RecipientReport report = lockFresh(reportId);
    requireRecipient(report);
    Set<String> known =
        opportunities.minerals().stream().map(Mineral::code).collect(Collectors.toSet());
    if (!known.containsAll(content.capacity().keySet())) {
      throw new RuleViolationException(
          "capacity", "names a mineral that is not on the critical minerals list");
    }
    report.submitProgress(content, callers.current().username(), clock.now());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("jobs", content.jobs());
    data.put(
        "capacity",
        new java.util.TreeMap<>(
            content.capacity().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toPlainString()))));
    audit.record(SUBJECT, reportId, "ProgressReportSubmitted", data);
    notifications.tell(
        notifications.holdersOf(Role.PROGRAM_OFFICER),
        NotificationKind.REPORT,
        report.subject(),
        new Notice(
            "Progress report to review: " + report.number(),
            "The recipient sent progress report " + report.number() + " for review."));
    return report;
  }

  /** The program officer accepts or returns a progress report (REVIEW_PROGRESS_REPORT). */
  public RecipientReport review(long reportId, boolean accept, String reason) {
    RecipientReport report = lockFresh(reportId);
    report.review(accept, reason, callers.current().username(), clock.now());
    audit.record(
        SUBJECT,
        reportId,
        accept ? "ProgressReportAccepted" : "ProgressReportReturned",
        reason == null ? Map.of() : Map.of("reason", reason));
    if (!accept) {
      notifications.tell(
          notifications.membersOf(report.organizationId()),
          NotificationKind.REPORT,
          report.subject(),
          new Notice(
              "Progress report returned: " + report.number(),
              "The program officer returned progress report "
                  + report.number()
                  + " for correction: "
                  + reason));
    }
    return report;
  }

  /** The SF-425 lines of a financial report's period, as they would be certified now. */
  public FinancialReport linesOf(RecipientReport report) {
    return reporting.financialReport(report.awardId(), report.periodEnd());
  }

  /**
   * The recipient certifies the SF-425 lines computed from the ledger for the report's period
   * (SUBMIT_FINANCIAL_REPORT); the lines are stored as certified.
   */
  public RecipientReport certifyFinancial(long reportId, boolean certified, String remarks) {
    if (!certified) {
      throw new RuleViolationException(
          "certified", "must be true: certify that the report is true, complete and accurate");
    }
    RecipientReport report = lockFresh(reportId);
    requireRecipient(report);
    FinancialReport lines = linesOf(report);
    JsonObjectBuilder json = Json.createObjectBuilder();
    lines.lines().forEach(l -> json.add(l.number(), l.amount().amount().toPlainString()));
    String stored = json.build().toString();
    report.certify(stored, remarks, callers.current().username(), clock.now());
    audit.record(SUBJECT, reportId, "FinancialReportCertified", Map.of("lines", stored));
    return report;
  }

  /** The lines a financial report was certified with, by line number. */
  public static Map<String, String> certifiedLines(RecipientReport report) {
    if (report.certifiedLines() == null) {
      return Map.of();
    }
    JsonObject json = Json.createReader(new StringReader(report.certifiedLines())).readObject();
    Map<String, String> lines = new LinkedHashMap<>();
    json.forEach((k, v) -> lines.put(k, ((JsonString) v).getString()));
    return lines;
  }

  /** The due date passed and the report is still owed: the recipient and staff are told. */
  public void escalate(long reportId) {
    RecipientReport report = lockFresh(reportId);
    if (!report.escalate(clock.now())) {
      return;
    }
    audit.record(SUBJECT, reportId, "ReportLate", Map.of("due", report.dueOn().toString()));
    Set<String> told = new TreeSet<>(notifications.membersOf(report.organizationId()));
    told.addAll(notifications.holdersOf(Role.PROGRAM_OFFICER));
    notifications.tell(
        told,
        NotificationKind.ESCALATION,
        report.subject(),
        new Notice(
            "Report late: " + report.number(),
            report.kind().label()
                + " "
                + report.number()
                + " was due by "
                + report.dueOn()
                + " and has not been received."));
  }

  /**
   * Why an award cannot be closed yet: each report still owed or awaiting review, each payment on
   * its way.
   */
  public List<Violation> closeoutBlockers(long awardId) {
    List<Violation> blockers = new ArrayList<>();
    for (RecipientReport r : ofAward(awardId)) {
      if (!r.status().received()) {
        blockers.add(
            new Violation(
                "reports",
                "missing: "
                    + r.kind().label()
                    + " "
                    + r.number()
                    + " ("
                    + r.status().label().toLowerCase()
                    + ")"));
      }
    }
    for (PaymentRequest p : disbursements.ofAward(awardId)) {
      if (p.status() != PaymentStatus.RELEASED && p.status() != PaymentStatus.REJECTED) {
        blockers.add(
            new Violation(
                "paymentRequests",
                "on their way: " + p.number() + " (" + p.status().label().toLowerCase() + ")"));
      }
    }
    return blockers;
  }

  /**
   * The program officer closes the award (CLOSE_AWARD): refused while a report is missing or a
   * payment is on its way; the unliquidated balance is de-obligated.
   */
  public Award close(long awardId, String remarks) {
    Caller caller = callers.current();
    if (!caller.has(Role.PROGRAM_OFFICER)) {
      throw new ForbiddenException("only a program officer closes an award");
    }
    if (remarks != null && remarks.length() > RecipientReport.TEXT_MAX) {
      throw new RuleViolationException(
          "remarks", "must be at most " + RecipientReport.TEXT_MAX + " characters");
    }
    Award award = awards.get(awardId);
    if (award.status() != AwardStatus.CLOSING) {
      throw new StateConflictException(
          "award "
              + award.number()
              + " is "
              + award.status().label().toLowerCase()
              + ", not in closeout");
    }
    List<Violation> blockers = closeoutBlockers(awardId);
    if (!blockers.isEmpty()) {
      throw new RuleViolationException(blockers);
    }
    return awards.close(awardId, remarks);
  }

  /** Closeout is past its 120 days with the award still open: staff are told. */
  public void closeoutLate(long awardId) {
    Award award = awards.get(awardId);
    if (award.status() != AwardStatus.CLOSING) {
      return;
    }
    audit.record(
        SubjectKind.AWARD,
        awardId,
        "CloseoutLate",
        Map.of("due", String.valueOf(award.closeoutDueOn())));
    Set<String> told = new TreeSet<>(notifications.holdersOf(Role.PROGRAM_OFFICER));
    told.addAll(notifications.membersOf(award.organizationId()));
    notifications.tell(
        told,
        NotificationKind.ESCALATION,
        award.subject(),
        new Notice(
            "Closeout late: " + award.number(),
            "The closeout of award "
                + award.number()
                + " was due by "
                + award.closeoutDueOn()
                + ": "
                + closeoutBlockers(awardId).stream()
                    .map(Violation::message)
                    .collect(Collectors.joining("; "))));
  }

  private RecipientReport lockFresh(long reportId) {
    RecipientReport visible = get(reportId);
    em.refresh(visible, LockModeType.PESSIMISTIC_WRITE);
    return visible;
  }

  private void requireRecipient(RecipientReport report) {
    Caller caller = callers.current();
    if (!caller.has(Role.APPLICANT)
        || caller.organizationId().filter(o -> o == report.organizationId()).isEmpty()) {
      throw new ForbiddenException(
          "only an applicant of the recipient organization sends report " + report.number());
    }
  }

  private Instant startOfDayAfter(LocalDate day) {
    return day.plusDays(1).atStartOfDay(clock.zone()).toInstant();
  }
}
