package org.lodestone.disbursement.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.application.MilestoneService;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardDocument;
import org.lodestone.award.domain.BudgetPeriod;
import org.lodestone.award.domain.ConditionEffect;
import org.lodestone.award.domain.DocumentPurpose;
import org.lodestone.award.domain.Milestone;
import org.lodestone.award.infrastructure.AwardRepository;
import org.lodestone.disbursement.domain.ApprovalStep;
import org.lodestone.disbursement.domain.Check;
import org.lodestone.disbursement.domain.Hold;
import org.lodestone.disbursement.domain.PaymentChecks;
import org.lodestone.disbursement.domain.PaymentClaim;
import org.lodestone.disbursement.domain.PaymentDecision;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.disbursement.domain.PaymentStatus;
import org.lodestone.disbursement.domain.PaymentType;
import org.lodestone.disbursement.infrastructure.PaymentRequestRepository;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.ledger.application.Ledger;
import org.lodestone.ledger.domain.LedgerEntry;
import org.lodestone.ledger.domain.LedgerEntryType;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.Notice;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.organization.domain.FeocStatus;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.Numbers;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.ProgramSettings;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.SubjectKind;
import org.lodestone.shared.Violation;

/**
 * Payment requests from the recipient's request to the release, holds and recoveries. Every command
 * locks the award first and then the request (ADR 0007), so two approvals, two requests for the
 * last of the obligation or a release and a hold at the same moment follow one another; the loser
 * of a race is told 409 or 422, and a release that runs twice finds the request released.
 */
@Stateless
@PermitAll
public class DisbursementService {

  /** Evidence the program accepts for a draw. */
  public static final Set<DocumentPurpose> EVIDENCE =
      java.util.EnumSet.of(
          DocumentPurpose.PAYMENT_REQUEST, DocumentPurpose.MILESTONE, DocumentPurpose.PAYROLL);

  private static final Pattern KEY =
      Pattern.compile("[A-Za-z0-9._:-]{1," + PaymentRequest.KEY_MAX + "}");

  @PersistenceContext private EntityManager em;
  @Inject private PaymentRequestRepository requests;
  @Inject private AwardRepository awardRepository;
  @Inject private AwardService awards;
  @Inject private MilestoneService milestones;
  @Inject private Ledger ledger;
  @Inject private AuditTrail audit;
  @Inject private NotificationService notifications;
  @Inject private CallerService callers;
  @Inject private ProgramClock clock;
  @Inject private ProgramSettings settings;
  @Inject private Numbers numbers;
  @Inject private Event<PaymentRequested> requested;
  @Inject private Event<PaymentResubmitted> resubmitted;
  @Inject private Event<HoldsLifted> holdsLifted;

  /** A request and whether it was already made with the same key and body. */
  public record Submission(PaymentRequest request, boolean replayed) {}

  /**
   * The recipient asks for a payment. The same {@code Idempotency-Key} with the same body answers
   * the request made the first time; with another body it is refused. Every failing check is
   * reported at once and nothing is saved.
   */
  @RolesAllowed("APPLICANT")
  public Submission request(long awardId, PaymentClaim claim, String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new RuleViolationException(
          "Idempotency-Key",
          "header is required: a unique key per payment request, kept for retries");
    }
    if (!KEY.matcher(idempotencyKey).matches()) {
      throw new RuleViolationException(
          "Idempotency-Key",
          "must be 1 to " + PaymentRequest.KEY_MAX + " letters, digits or . _ : -");
    }
    List<Violation> shape = claim.violations(clock.today());
    if (!shape.isEmpty()) {
      throw new RuleViolationException(shape);
    }
    Award visible = awards.get(awardId);
    if (!awards.isRecipient(visible)) {
      throw new ForbiddenException(
          "only the recipient requests payments under award " + visible.number());
    }
    Award award = awardRepository.lockFresh(awardId);
    var existing = requests.byKey(awardId, idempotencyKey);
    if (existing.isPresent()) {
      if (!existing.get().fingerprint().equals(claim.fingerprint())) {
        throw new RuleViolationException(
            "Idempotency-Key",
            "was used for payment request "
                + existing.get().number()
                + " with a different body: send a new key for a new request");
      }
      return new Submission(existing.get(), true);
    }
    int period = periodOf(award, claim);
    refuseFailing(checks(award, claim, claim.amount(), period, -1L));
    PaymentRequest request =
        new PaymentRequest(
            numbers.next("PR"),
            award.id(),
            award.organizationId(),
            award.opportunityId(),
            period,
            claim,
            idempotencyKey,
            callers.current().username(),
            clock.now());
    requests.add(request);
    em.flush();
    audit.record(SubjectKind.PAYMENT_REQUEST, request.id(), "PaymentRequested", data(request));
    tell(
        Role.PROGRAM_OFFICER,
        request,
        award,
        "Payment request to approve: " + request.number(),
        "The recipient of award "
            + award.number()
            + " requests "
            + request.requestedAmount().formatted()
            + " ("
            + request.type().name().toLowerCase()
            + ").");
    requested.fire(
        new PaymentRequested(
            request.id(),
            request.number(),
            award.id(),
            request.firstSubmittedAt().plus(settings.getPaymentEscalationAfter())));
    return new Submission(request, false);
  }

  /** The recipient corrects a returned request and submits it again. */
  @RolesAllowed("APPLICANT")
  public PaymentRequest resubmit(long requestId, PaymentClaim claim) {
    List<Violation> shape = claim.violations(clock.today());
    if (!shape.isEmpty()) {
      throw new RuleViolationException(shape);
    }
    PaymentRequest visible = get(requestId);
    Award award = awardRepository.lockFresh(visible.awardId());
    if (!awards.isRecipient(award)) {
      throw new ForbiddenException("only the recipient resubmits its payment requests");
    }
    PaymentRequest request = requests.lockFresh(requestId);
    int period = periodOf(award, claim);
    refuseFailing(checks(award, claim, claim.amount(), period, request.id()));
    request.resubmit(period, claim, callers.current().username(), clock.now());
    audit.record(SubjectKind.PAYMENT_REQUEST, requestId, "PaymentResubmitted", data(request));
    tell(
        Role.PROGRAM_OFFICER,
        request,
        award,
        "Payment request resubmitted: " + request.number(),
        "The recipient of award "
            + award.number()
            + " corrected and resubmitted "
            + request.number()
            + ".");
    resubmitted.fire(new PaymentResubmitted(request.number()));
    return request;
  }

  /**
   * A decision at one approval step. Checks are run again for an approval; separation of duties is
   * the request's own rule. Returns the request, whose next step (if any) the process reads.
   */
  @RolesAllowed({"PROGRAM_OFFICER", "FINANCE_OFFICER"})
  public PaymentRequest decide(
      long requestId, ApprovalStep step, PaymentDecision decision, Money amount, String reason) {
    Caller caller = callers.current();
    if (!caller.has(step.role())) {
      throw new ForbiddenException(
          step.label() + " is for a " + step.role().name().toLowerCase().replace('_', ' '));
    }
    PaymentRequest visible = get(requestId);
    Award award = awardRepository.lockFresh(visible.awardId());
    PaymentRequest request = requests.lockFresh(requestId);
    if (decision == PaymentDecision.APPROVE && request.status() == PaymentStatus.SUBMITTED) {
      Money at = amount == null ? request.approvedAmount() : amount;
      refuseFailing(
          checks(award, request.claim(), at, request.budgetPeriod(), request.id()).stream()
              .filter(c -> !c.rule().equals(PaymentChecks.NO_HOLD))
              .toList());
    }
    request.decide(
        step,
        decision,
        amount,
        reason,
        caller.username(),
        settings.getSecondApprovalThreshold(),
        clock.now());
    Map<String, Object> data = data(request);
    data.put("step", step);
    data.put("decision", decision);
    data.put("reason", reason == null ? null : reason.strip());
    audit.record(
        SubjectKind.PAYMENT_REQUEST,
        requestId,
        switch (decision) {
          case APPROVE -> "PaymentApproved";
          case RETURN -> "PaymentReturned";
          case REJECT -> "PaymentRejected";
        },
        data);
    var next = request.nextStep(settings.getSecondApprovalThreshold());
    if (next.isPresent()) {
      tell(
          next.get().role(),
          request,
          award,
          next.get().label() + ": " + request.number(),
          "Payment request "
              + request.number()
              + " of award "
              + award.number()
              + " for "
              + request.approvedAmount().formatted()
              + " awaits the "
              + next.get().label().toLowerCase()
              + ".");
    } else if (decision != PaymentDecision.APPROVE) {
      notifications.tell(
          notifications.membersOf(award.organizationId()),
          NotificationKind.PAYMENT,
          request.subject(),
          new Notice(
              "Payment request "
                  + (decision == PaymentDecision.RETURN ? "returned" : "rejected")
                  + ": "
                  + request.number(),
              "Payment request "
                  + request.number()
                  + " is "
                  + (decision == PaymentDecision.RETURN ? "returned for correction" : "rejected")
                  + ": "
                  + request.statusReason()));
    }
    return request;
  }

  /** The approval the request waits for, if any. */
  public java.util.Optional<ApprovalStep> nextStep(PaymentRequest request) {
    return request.nextStep(settings.getSecondApprovalThreshold());
  }

  /** Payment is due 30 days after the request (2 CFR 200.305). */
  public LocalDate dueBy(PaymentRequest request) {
    return clock.dateOf(request.firstSubmittedAt()).plusDays(30);
  }

  /** True when the second finance certification is the request's next step. */
  public boolean needsSecondCertification(PaymentRequest request) {
    return request
        .nextStep(settings.getSecondApprovalThreshold())
        .filter(s -> s == ApprovalStep.SECOND_CERTIFY_PAYMENT)
        .isPresent();
  }

  /**
   * Whether an approved request must wait at the release for a hold to lift; the request shows HELD
   * meanwhile.
   */
  public boolean held(long requestId) {
    PaymentRequest r = requests.get(requestId);
    awardRepository.lockFresh(r.awardId());
    PaymentRequest request = requests.lockFresh(requestId);
    List<Hold> holds = requests.activeHolds(request.awardId());
    boolean held = !holds.isEmpty();
    if (held && request.status() == PaymentStatus.APPROVED) {
      audit.record(
          SubjectKind.PAYMENT_REQUEST,
          requestId,
          "PaymentHeld",
          Map.of("hold", holds.get(0).id(), "reason", holds.get(0).reason()));
    }
    request.held(held);
    return held;
  }

  /**
   * Releases an approved request: one DISBURSEMENT entry and one payment reference, whatever runs
   * it again (a retried job, a restarted server: it then finds the request released). A hold placed
   * since the last look returns false, and the request waits for it to lift.
   */
  public boolean release(long requestId) {
    PaymentRequest r = requests.get(requestId);
    Award award = awardRepository.lockFresh(r.awardId());
    PaymentRequest request = requests.lockFresh(requestId);
    if (request.status() == PaymentStatus.RELEASED) {
      return true;
    }
    if (!requests.activeHolds(award.id()).isEmpty()) {
      request.held(true);
      return false;
    }
    String reference = "PAY-" + request.number().substring(request.number().indexOf('-') + 1);
    LedgerEntry entry =
        ledger.append(
            LedgerEntryType.DISBURSEMENT,
            request.approvedAmount(),
            award.id(),
            award.opportunityId(),
            request.id(),
            reference);
    request.release(reference, entry.id(), clock.now());
    if (request.type() == PaymentType.MILESTONE) {
      award.milestone(request.milestoneId()).markPaid();
    }
    Map<String, Object> data = data(request);
    data.put("paymentReference", reference);
    data.put("ledgerEntry", entry.id());
    audit.record(SubjectKind.PAYMENT_REQUEST, requestId, "PaymentReleased", data);
    notifications.tell(
        notifications.membersOf(award.organizationId()),
        NotificationKind.PAYMENT,
        request.subject(),
        new Notice(
            "Payment released: " + request.number(),
            request.approvedAmount().formatted()
                + " was released under award "
                + award.number()
                + ", payment reference "
                + reference
                + "."));
    return true;
  }

  /** Twenty days after submission a request still pending is reported to the approvers. */
  public void escalate(long requestId) {
    PaymentRequest request = requests.lockFresh(requestId);
    if (!request.escalate(clock.now())) {
      return;
    }
    LocalDate due = dueBy(request);
    audit.record(
        SubjectKind.PAYMENT_REQUEST,
        requestId,
        "PaymentEscalated",
        Map.of("dueBy", due.toString()));
    Set<String> staff = new TreeSet<>(notifications.holdersOf(Role.PROGRAM_OFFICER));
    staff.addAll(notifications.holdersOf(Role.FINANCE_OFFICER));
    notifications.tell(
        staff,
        NotificationKind.ESCALATION,
        request.subject(),
        new Notice(
            "Payment request pending 20 days: " + request.number(),
            "Payment request "
                + request.number()
                + " for "
                + request.approvedAmount().formatted()
                + " is "
                + request.status().label().toLowerCase()
                + "; payment is due within 30 days of the request, by "
                + due
                + " (2 CFR 200.305)."));
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public Hold placeHold(long awardId, String reason) {
    Award award = awardRepository.lockFresh(awards.get(awardId).id());
    Hold hold = new Hold(award.id(), reason, callers.current().username(), clock.now());
    em.persist(hold);
    em.flush();
    audit.record(
        SubjectKind.AWARD,
        awardId,
        "PaymentHoldPlaced",
        Map.of("hold", hold.id(), "reason", hold.reason()));
    notifications.tell(
        notifications.membersOf(award.organizationId()),
        NotificationKind.PAYMENT,
        award.subject(),
        new Notice(
            "Payments held: " + award.number(),
            "Payments under award " + award.number() + " are held: " + hold.reason()));
    return hold;
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public Hold liftHold(long awardId, long holdId, String reason) {
    Award award = awardRepository.lockFresh(awards.get(awardId).id());
    Hold hold = em.find(Hold.class, holdId);
    if (hold == null || hold.awardId() != award.id()) {
      throw new NotFoundException("Hold", holdId);
    }
    hold.lift(reason, callers.current().username(), clock.now());
    audit.record(
        SubjectKind.AWARD,
        awardId,
        "PaymentHoldLifted",
        Map.of("hold", holdId, "reason", hold.liftReason()));
    if (requests.activeHolds(award.id()).isEmpty()) {
      holdsLifted.fire(new HoldsLifted(award.id()));
    }
    return hold;
  }

  public List<Hold> holds(long awardId) {
    return requests.holds(awards.get(awardId).id());
  }

  /**
   * A finance officer records a recovery: a released cost disallowed later, paid back. It cannot
   * exceed what the request released less what was recovered of it before.
   */
  @RolesAllowed("FINANCE_OFFICER")
  public LedgerEntry recover(long requestId, Money amount, String reason) {
    if (amount == null || amount.signum() <= 0) {
      throw new RuleViolationException("amount", "is required and must be more than zero");
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException(
          "reason", "is required: say which cost was disallowed and why");
    }
    if (reason.length() > PaymentRequest.TEXT_MAX) {
      throw new RuleViolationException(
          "reason", "must be at most " + PaymentRequest.TEXT_MAX + " characters");
    }
    PaymentRequest visible = get(requestId);
    Award award = awardRepository.lockFresh(visible.awardId());
    PaymentRequest request = requests.lockFresh(requestId);
    if (request.status() != PaymentStatus.RELEASED) {
      throw new StateConflictException(
          "payment request " + request.number() + " was not released: nothing to recover");
    }
    Money recovered =
        ledger.of(award.id()).stream()
            .filter(
                e ->
                    e.type() == LedgerEntryType.RECOVERY
                        && requestId
                            == java.util.Objects.requireNonNullElse(e.paymentRequestId(), -1L))
            .map(LedgerEntry::amount)
            .reduce(Money.ZERO, Money::plus);
    Money left = request.approvedAmount().minus(recovered);
    if (amount.exceeds(left)) {
      throw new RuleViolationException(
          "amount",
          amount.formatted()
              + " is more than the "
              + left.formatted()
              + " of "
              + request.number()
              + " not yet recovered");
    }
    LedgerEntry entry =
        ledger.append(
            LedgerEntryType.RECOVERY,
            amount,
            award.id(),
            award.opportunityId(),
            request.id(),
            numbers.next("REC"));
    audit.record(
        SubjectKind.PAYMENT_REQUEST,
        requestId,
        "PaymentRecovered",
        Map.of(
            "amount",
            amount,
            "reason",
            reason.strip(),
            "ledgerEntry",
            entry.id(),
            "reference",
            entry.reference()));
    return entry;
  }

  /** A request the caller may see; another organization's is unknown to it. */
  public PaymentRequest get(long requestId) {
    return requests
        .find(requestId)
        .filter(r -> callers.current().mayActFor(r.organizationId()))
        .orElseThrow(() -> new NotFoundException("Payment request", requestId));
  }

  public List<PaymentRequest> ofAward(long awardId) {
    return requests.ofAward(awards.get(awardId).id());
  }

  /** The disbursement desk: requests awaiting a decision or the release, oldest first. */
  @RolesAllowed({"PROGRAM_OFFICER", "FINANCE_OFFICER", "AUDITOR", "ADMIN"})
  public List<PaymentRequest> desk(int limit) {
    return requests.inStatus(PaymentRequestRepository.IN_FLIGHT, limit);
  }

  /** The checks of a request as they stand now (for requests not yet paid or refused). */
  public List<Check> checks(PaymentRequest request) {
    if (!(request.status().inFlight() || request.status() == PaymentStatus.RETURNED)) {
      return List.of();
    }
    Award award = awards.get(request.awardId());
    return checks(
        award, request.claim(), request.approvedAmount(), request.budgetPeriod(), request.id());
  }

  /**
   * Why each milestone of an award (by id) cannot be paid now: the failing checks' details, none
   * when it can.
   */
  public Map<Long, List<String>> payability(long awardId) {
    Award award = awards.get(awardId);
    Map<Long, List<String>> out = new LinkedHashMap<>();
    Set<String> rules =
        Set.of(
            PaymentChecks.AWARD_ACTIVE,
            PaymentChecks.BUDGET_PERIOD_AUTHORIZED,
            PaymentChecks.MILESTONE_ACCEPTED,
            PaymentChecks.PERMITS_COMPLETE,
            PaymentChecks.NO_HOLD,
            PaymentChecks.WITHIN_OBLIGATION,
            PaymentChecks.WITHIN_BUDGET_PERIOD);
    for (Milestone m : award.milestones()) {
      PaymentClaim claim =
          new PaymentClaim(
              PaymentType.MILESTONE,
              m.id(),
              m.amount(),
              null,
              null,
              List.of(),
              null,
              null,
              Set.of(),
              null);
      out.put(
          m.id(),
          checks(award, claim, m.amount(), m.budgetPeriod(), -1L).stream()
              .filter(c -> !c.passed() && rules.contains(c.rule()))
              .map(Check::detail)
              .toList());
    }
    return out;
  }

  private int periodOf(Award award, PaymentClaim claim) {
    return switch (claim.type()) {
      case MILESTONE ->
          award.milestones().stream()
              .filter(m -> m.id().equals(claim.milestoneId()))
              .map(Milestone::budgetPeriod)
              .findFirst()
              .orElse(0);
      case REIMBURSEMENT ->
          award.budgetPeriodOn(claim.periodEnd()).map(BudgetPeriod::number).orElse(0);
      case ADVANCE -> award.currentBudgetPeriod().map(BudgetPeriod::number).orElse(0);
    };
  }

  private List<Check> checks(
      Award award, PaymentClaim claim, Money amount, int period, long excluding) {
    long id = award.id();
    Money disbursed = ledger.latest(id).map(LedgerEntry::disbursedAfter).orElse(Money.ZERO);
    Money inFlight = requests.sum(id, PaymentRequestRepository.IN_FLIGHT, excluding);
    PaymentChecks.PeriodFacts periodFacts =
        award
            .budgetPeriod(period)
            .map(
                p ->
                    new PaymentChecks.PeriodFacts(
                        p.number(),
                        p.status(),
                        p.amount(),
                        requests.sumInPeriod(
                            id, p.number(), PaymentRequestRepository.DRAWN, excluding)))
            .orElse(null);
    PaymentChecks.MilestoneFacts milestoneFacts = null;
    if (claim.type() == PaymentType.MILESTONE) {
      milestoneFacts =
          award.milestones().stream()
              .filter(m -> m.id().equals(claim.milestoneId()))
              .findFirst()
              .map(
                  m -> {
                    List<String> blocking = new ArrayList<>(milestones.blockingPermits(m));
                    return new PaymentChecks.MilestoneFacts(
                        m.title(),
                        m.status(),
                        m.amount(),
                        blocking,
                        requests
                            .otherForMilestone(m.id(), excluding)
                            .map(PaymentRequest::number)
                            .orElse(null));
                  })
              .orElse(null);
    }
    ZoneId zone = clock.zone();
    LocalDate month = clock.today().withDayOfMonth(1);
    Instant from = month.atStartOfDay(zone).toInstant();
    Instant to = month.plusMonths(1).atStartOfDay(zone).toInstant();
    boolean payroll = false;
    Map<Long, AwardDocument> documents = new LinkedHashMap<>();
    awards.documents(id).forEach(d -> documents.put(d.id(), d));
    List<Long> unacceptable = new ArrayList<>();
    for (Long d : claim.documentIds()) {
      AwardDocument doc = documents.get(d);
      if (doc == null || !EVIDENCE.contains(doc.purpose())) {
        unacceptable.add(d);
      } else {
        payroll |= doc.purpose() == DocumentPurpose.PAYROLL;
      }
    }
    PaymentChecks.Facts facts =
        new PaymentChecks.Facts(
            award.number(),
            award.status(),
            award.paymentMethod(),
            periodFacts,
            award.withholdingCondition().map(c -> c.number()).orElse(null),
            milestoneFacts,
            requests.activeHolds(id).stream().map(Hold::reason).toList(),
            award.obligatedAmount(),
            disbursed.plus(inFlight),
            disbursed.plus(inFlight),
            requests.costShare(id, excluding),
            award.costSharePercent(),
            award.maximumMonthlyDraw(),
            requests.sumSubmitted(id, PaymentRequestRepository.DRAWN, excluding, from, to),
            award.hasActiveCondition(ConditionEffect.REIMBURSEMENT_ONLY),
            awards.recipient(award).feocStatus() == FeocStatus.CLEAR,
            unacceptable,
            payroll);
    return PaymentChecks.of(claim, amount, facts);
  }

  private static void refuseFailing(List<Check> checks) {
    List<Violation> failing =
        checks.stream()
            .filter(c -> !c.passed())
            .map(c -> new Violation(c.rule(), c.detail()))
            .toList();
    if (!failing.isEmpty()) {
      throw new RuleViolationException(failing);
    }
  }

  private void tell(Role role, PaymentRequest request, Award award, String title, String message) {
    notifications.tell(
        notifications.holdersOf(role),
        NotificationKind.PAYMENT,
        request.subject(),
        new Notice(title, message));
  }

  private static Map<String, Object> data(PaymentRequest r) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("number", r.number());
    data.put("award", r.awardId());
    data.put("type", r.type());
    data.put("milestone", r.milestoneId());
    data.put("requestedAmount", r.requestedAmount());
    data.put("approvedAmount", r.approvedAmount());
    data.put("status", r.status());
    data.put("round", r.round());
    data.put("documents", List.copyOf(r.documentIds()));
    return data;
  }
}
