package org.lodestone.award.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.award.domain.Amendment;
import org.lodestone.award.domain.AmendmentType;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardDocument;
import org.lodestone.award.domain.AwardDocumentContent;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.award.domain.AwardTerms;
import org.lodestone.award.domain.BudgetPeriod;
import org.lodestone.award.domain.BudgetPeriodTerms;
import org.lodestone.award.domain.ConditionTerms;
import org.lodestone.award.domain.DocumentPurpose;
import org.lodestone.award.domain.PaymentMethod;
import org.lodestone.award.domain.SpecialCondition;
import org.lodestone.award.domain.TermsJson;
import org.lodestone.award.infrastructure.AwardRepository;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.ledger.application.Ledger;
import org.lodestone.ledger.domain.LedgerEntry;
import org.lodestone.ledger.domain.LedgerEntryType;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.organization.application.OrganizationService;
import org.lodestone.organization.domain.Organization;
import org.lodestone.permitting.application.PermittingService;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.Program;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.Numbers;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.SubjectKind;
import org.lodestone.shared.Violation;

/**
 * Awards from the selection to the end of performance: negotiated terms, signature, acceptance and
 * obligation, go/no-go decisions, special conditions and amendments. Commands that count funds lock
 * the program, then the opportunity, then the award (ADR 0004), so two acceptances or supplements
 * at the same moment cannot together exceed the opportunity's funds or the program's authority.
 */
@Stateless
@PermitAll
public class AwardService {

  static final SubjectKind SUBJECT = SubjectKind.AWARD;

  @PersistenceContext private EntityManager em;
  @Inject private AwardRepository awards;
  @Inject private ApplicationService applications;
  @Inject private OpportunityService opportunities;
  @Inject private OrganizationService organizations;
  @Inject private PermittingService permitting;
  @Inject private org.lodestone.review.application.ReviewService reviews;
  @Inject private Ledger ledger;
  @Inject private AuditTrail audit;
  @Inject private NotificationService notifications;
  @Inject private CallerService callers;
  @Inject private ProgramClock clock;
  @Inject private Numbers numbers;
  @Inject private Event<AwardOpened> opened;
  @Inject private Event<AwardAccepted> accepted;
  @Inject private Event<ConditionImposed> imposed;
  @Inject private Event<ConditionChanged> conditionChanged;
  @Inject private Event<AmendmentRequested> amendmentRequested;

  /**
   * Opens the draft award of an application just selected, prefilled from the application and the
   * opportunity, with the project's permitting timetable seeded from the permits it listed.
   */
  public Award open(long applicationId) {
    Application application = applications.require(applicationId);
    FundingOpportunity opportunity = opportunities.require(application.opportunityId());
    ApplicationDetails d = application.details();
    Money amount = Money.of(d.federalAmountRequested());
    BigDecimal share = d.costSharePercent();
    if (share == null || share.compareTo(opportunity.minCostSharePercent()) < 0) {
      share = opportunity.minCostSharePercent();
    }
    List<BudgetPeriodTerms> periods =
        d.startDate() == null || d.endDate() == null
            ? List.of()
            : List.of(new BudgetPeriodTerms(1, d.startDate(), d.endDate(), amount));
    AwardTerms prefill =
        new AwardTerms(
            amount,
            share,
            d.startDate(),
            d.endDate(),
            PaymentMethod.REIMBURSEMENT,
            null,
            periods,
            List.of());
    Award award =
        awards.add(
            new Award(
                numbers.next("AWD"),
                applicationId,
                application.organizationId(),
                opportunity.id(),
                opportunity.instrument(),
                prefill,
                clock.now()));
    permitting.seed(
        award.id(),
        d.permits(),
        reviews
            .evaluation(applicationId)
            .map(e -> e.nepaClass() == null ? null : e.nepaClass().name())
            .orElse(null));
    Map<String, Object> data = snapshot(award);
    data.put("application", application.number());
    audit.record(SUBJECT, award.id(), "AwardOpened", data);
    opened.fire(new AwardOpened(award.id(), award.number(), award.organizationId()));
    return award;
  }

  /** The awards the caller may see, newest first: an applicant's organization's, or all. */
  public List<Award> list(AwardStatus status, int page, int size) {
    List<Award> list = awards.list(organizationFilter(), status, page, size);
    list.forEach(AwardService::loaded);
    return list;
  }

  /**
   * The award with its milestones, conditions, amendments and versions read, so that pages and the
   * API can show it after the transaction.
   */
  private static Award loaded(Award award) {
    award.milestones();
    award.conditions();
    award.amendments();
    award.versions();
    return award;
  }

  public long count(AwardStatus status) {
    return awards.count(organizationFilter(), status);
  }

  private Long organizationFilter() {
    Caller caller = callers.current();
    if (caller.seesAllOrganizations()) {
      return null;
    }
    return caller.organizationId().orElse(-1L);
  }

  /** An award the caller may see; another organization's is unknown to it. */
  public Award get(long id) {
    return awards
        .find(id)
        .filter(a -> callers.current().mayActFor(a.organizationId()))
        .map(AwardService::loaded)
        .orElseThrow(() -> new NotFoundException("Award", id));
  }

  public Optional<Award> ofApplication(long applicationId) {
    return awards
        .ofApplication(applicationId)
        .filter(a -> callers.current().mayActFor(a.organizationId()))
        .map(AwardService::loaded);
  }

  /** The award a condition is on, if the caller may see it. */
  public long conditionAward(long conditionId) {
    return visibleCondition(conditionId).award().id();
  }

  public long amendmentAward(long amendmentId) {
    Amendment amendment = em.find(Amendment.class, amendmentId);
    if (amendment == null || !callers.current().mayActFor(amendment.award().organizationId())) {
      throw new NotFoundException("Amendment", amendmentId);
    }
    return amendment.award().id();
  }

  /** True when the caller is an applicant of the award's recipient organization. */
  public boolean isRecipient(Award award) {
    Caller caller = callers.current();
    return caller.has(Role.APPLICANT)
        && caller.organizationId().filter(o -> o == award.organizationId()).isPresent();
  }

  public Organization recipient(Award award) {
    return organizations.require(award.organizationId());
  }

  public Application application(Award award) {
    return applications.require(award.applicationId());
  }

  public FundingOpportunity opportunity(Award award) {
    return opportunities.require(award.opportunityId());
  }

  /** The notice of award as a PDF, for the recipient and staff; each download is audited. */
  public byte[] letter(long id) {
    Award award = get(id);
    Application application = applications.require(award.applicationId());
    Organization recipient = recipient(award);
    FundingOpportunity opportunity = opportunities.require(award.opportunityId());
    audit.record(SUBJECT, id, "AwardLetterDownloaded", Map.of("by", callers.current().username()));
    return org.lodestone.award.infrastructure.AwardLetter.of(
        award,
        recipient.legalName(),
        recipient.uei(),
        application.details().title(),
        opportunity.number() + " " + opportunity.title(),
        clock.zone());
  }

  /**
   * The gate of each milestone: the permits it depends on that are not yet complete (a milestone
   * with any cannot be accepted or paid).
   */
  public Map<Long, List<Long>> blockingPermits(Award award) {
    Map<Long, List<Long>> blocking = new LinkedHashMap<>();
    for (org.lodestone.award.domain.Milestone m : award.milestones()) {
      blocking.put(m.id(), permitting.blocking(m.permitIds()).stream().map(Permit::id).toList());
    }
    return blocking;
  }

  public List<Permit> permits(long awardId) {
    return permitting.timetable(get(awardId).id());
  }

  public List<LedgerEntry> ledger(long awardId) {
    return ledger.of(get(awardId).id());
  }

  /**
   * The funds this award may obligate: the opportunity's funds less what accepted awards obligate
   * and other selections not yet awarded hold.
   */
  public Money fundsAvailableFor(Award award) {
    FundingOpportunity opportunity = opportunities.require(award.opportunityId());
    Money held =
        awards.obligated(opportunity.id()).plus(awards.pending(opportunity.id(), award.id()));
    if (award.status().obligated()) {
      held = held.minus(award.netObligated());
    }
    return opportunity.fundsAvailable().minus(held);
  }

  /** Every rule the terms break now: shown as the officer negotiates, refused at preparation. */
  public List<Violation> termsViolations(Award award) {
    return check(award, award.terms());
  }

  /** Every rule that {@code terms} would break as the terms of this award. */
  public List<Violation> check(Award award, AwardTerms terms) {
    FundingOpportunity opportunity = opportunities.require(award.opportunityId());
    return terms.violations(
        opportunity.minCostSharePercent(),
        fundsAvailableFor(award),
        permitting.permitIds(award.id()));
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public Award revise(long id, long version, AwardTerms terms) {
    Award award = lockForFunds(id);
    AwardTerms before = award.terms();
    award.revise(terms, version);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("changes", TermsJson.diff(before, award.terms()));
    audit.record(SUBJECT, id, "AwardTermsRevised", data);
    em.flush();
    return loaded(award);
  }

  /** The program officer sends the terms for signature (PREPARE_AWARD). */
  public void prepare(long id) {
    Award award = lockForFunds(id);
    FundingOpportunity opportunity = opportunities.require(award.opportunityId());
    award.prepare(
        opportunity.minCostSharePercent(),
        fundsAvailableFor(award),
        permitting.permitIds(id),
        callers.current().username(),
        clock.now());
    audit.record(SUBJECT, id, "AwardPrepared", snapshot(award));
    notifications.tell(
        notifications.holdersOf(Role.SELECTING_OFFICIAL),
        NotificationKind.AWARD,
        award.subject(),
        AwardNotices.toSign(award));
  }

  /** The selecting official signs or returns the terms (SIGN_AWARD). */
  public void sign(long id, boolean approve, String reason) {
    Award award = awards.lockFresh(id);
    award.sign(approve, reason, callers.current().username(), clock.now());
    audit.record(
        SUBJECT,
        id,
        approve ? "AwardSigned" : "AwardTermsReturned",
        Map.of("by", callers.current().username(), "reason", reason == null ? "" : reason));
    if (approve) {
      notifications.tell(
          notifications.membersOf(award.organizationId()),
          NotificationKind.AWARD,
          award.subject(),
          AwardNotices.offered(award));
    } else {
      notifications.tell(
          notifications.holdersOf(Role.PROGRAM_OFFICER),
          NotificationKind.AWARD,
          award.subject(),
          AwardNotices.returned(award));
    }
  }

  /**
   * The recipient accepts (obligating the funds) or declines (ACCEPT_AWARD). Only an applicant of
   * the recipient organization answers; obligations never exceed the opportunity's funds or the
   * program's authority, whatever else is accepted at the same moment.
   */
  public void respond(long id, boolean accept, boolean feocCertified, String reason) {
    Caller caller = callers.current();
    Award visible = get(id);
    if (!caller.has(Role.APPLICANT)
        || caller.organizationId().filter(o -> o == visible.organizationId()).isEmpty()) {
      throw new ForbiddenException(
          "only an applicant of the recipient organization may accept or decline award "
              + visible.number());
    }
    Program program = opportunities.lockProgram();
    FundingOpportunity opportunity = opportunities.lock(visible.opportunityId());
    Award award = awards.lockFresh(id);
    if (!accept) {
      award.decline(reason, caller.username());
      applications.recordAward(award.applicationId(), false, award.statusReason());
      audit.record(SUBJECT, id, "AwardDeclined", Map.of("reason", award.statusReason()));
      tellAnswer(award, false);
      return;
    }
    Money amount = award.obligatedAmount();
    Money left = opportunity.fundsAvailable().minus(awards.obligated(opportunity.id()));
    if (amount.exceeds(left)) {
      throw new RuleViolationException(
          "obligatedAmount",
          "obligating "
              + amount.formatted()
              + " would exceed the funds of opportunity "
              + opportunity.number()
              + ": "
              + left.formatted()
              + " is left to obligate");
    }
    Money authorityLeft = program.authority().minus(awards.obligatedInProgram());
    if (amount.exceeds(authorityLeft)) {
      throw new RuleViolationException(
          "obligatedAmount",
          "obligating "
              + amount.formatted()
              + " would exceed the program's authority: "
              + authorityLeft.formatted()
              + " is left");
    }
    award.accept(feocCertified, caller.username(), clock.now());
    LedgerEntry entry =
        ledger.append(
            LedgerEntryType.OBLIGATION, amount, id, opportunity.id(), null, award.number());
    applications.recordAward(award.applicationId(), true, null);
    Map<String, Object> data = snapshot(award);
    data.put("feocCertified", true);
    data.put("ledgerEntry", entry.id());
    audit.record(SUBJECT, id, "AwardAccepted", data);
    tellAnswer(award, true);
    accepted.fire(new AwardAccepted(award.id(), award.number(), award.organizationId()));
  }

  /**
   * The period of performance has ended (or the award was terminated): the award goes to closeout,
   * its final reports due {@code due}.
   */
  public Award startCloseout(long id, LocalDate due) {
    Award award = awards.lockFresh(id);
    award.startCloseout(due);
    audit.record(SUBJECT, id, "CloseoutStarted", Map.of("finalReportsDue", due.toString()));
    return award;
  }

  /**
   * What the ledger still obligates to the award and has not paid: obligations less de-obligations,
   * less disbursements net of recoveries.
   */
  public Money unliquidatedBalance(long id) {
    Money balance = Money.ZERO;
    for (LedgerEntry e : ledger.of(get(id).id())) {
      balance =
          switch (e.type()) {
            case OBLIGATION, RECOVERY -> balance.plus(e.amount());
            case DEOBLIGATION, DISBURSEMENT -> balance.minus(e.amount());
          };
    }
    return balance;
  }

  /**
   * Closes an award in closeout (CLOSE_AWARD; the reporting context checks the reports first): the
   * unliquidated balance is de-obligated in the ledger, under the program's, the opportunity's and
   * the award's locks, and returns to the opportunity's funds.
   */
  public Award close(long id, String remarks) {
    Award award = lockForFunds(id);
    Money balance = unliquidatedBalance(id);
    award.close(balance, callers.current().username(), clock.now());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("deobligated", balance.amount().toPlainString());
    if (balance.signum() > 0) {
      LedgerEntry entry =
          ledger.append(
              LedgerEntryType.DEOBLIGATION,
              balance,
              award.id(),
              award.opportunityId(),
              null,
              award.number() + "-CLOSEOUT");
      data.put("ledgerEntry", entry.id());
    }
    if (remarks != null && !remarks.isBlank()) {
      data.put("remarks", remarks);
    }
    audit.record(SUBJECT, id, "AwardClosed", data);
    notifications.tell(
        new java.util.TreeSet<>(notifications.membersOf(award.organizationId())),
        NotificationKind.AWARD,
        award.subject(),
        AwardNotices.closed(award));
    return award;
  }

  private void tellAnswer(Award award, boolean accepted) {
    java.util.Set<String> staff =
        new java.util.TreeSet<>(notifications.holdersOf(Role.PROGRAM_OFFICER));
    staff.add(award.signedBy());
    notifications.tell(
        staff, NotificationKind.AWARD, award.subject(), AwardNotices.answered(award, accepted));
  }

  /** The program officer's go/no-go decision at the end of a budget period (GO_NO_GO). */
  public void decideGoNoGo(long id, boolean go, String justification) {
    Award award = awards.lockFresh(id);
    int period = award.currentBudgetPeriod().map(BudgetPeriod::number).orElse(0);
    award.decideGoNoGo(go, justification, callers.current().username());
    audit.record(
        SUBJECT,
        id,
        go ? "BudgetPeriodAuthorized" : "AwardEndedAtGoNoGo",
        Map.of("period", period, "decision", go ? "GO" : "NO_GO", "justification", justification));
  }

  /**
   * When the next go/no-go decision falls due: the start of the day after the current budget period
   * ends, if another period follows it.
   */
  public Optional<Instant> nextDecisionAt(long id) {
    Award award = awards.get(id);
    if (award.status() != AwardStatus.ACTIVE) {
      return Optional.empty();
    }
    return award
        .currentBudgetPeriod()
        .filter(p -> p.number() < award.budgetPeriods().size())
        .map(p -> startOfDayAfter(p.end()));
  }

  private Instant startOfDayAfter(LocalDate day) {
    return day.plusDays(1).atStartOfDay(clock.zone()).toInstant();
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public SpecialCondition impose(long id, ConditionTerms terms) {
    Award award = awards.lockFresh(get(id).id());
    SpecialCondition condition =
        award.impose(
            numbers.next("SC"), terms, callers.current().username(), clock.now(), clock.today());
    em.flush();
    audit.record(SubjectKind.CONDITION, condition.id(), "ConditionImposed", condition(condition));
    notifications.tell(
        notifications.membersOf(award.organizationId()),
        NotificationKind.CONDITION,
        award.subject(),
        AwardNotices.imposed(award, condition));
    imposed.fire(
        new ConditionImposed(
            condition.id(),
            condition.number(),
            award.id(),
            award.organizationId(),
            startOfDayAfter(condition.deadline())));
    return condition;
  }

  @RolesAllowed("APPLICANT")
  public SpecialCondition submitCure(
      long conditionId, String explanation, java.util.Collection<Long> documentIds) {
    SpecialCondition condition = visibleCondition(conditionId);
    Award award = awards.lockFresh(condition.award().id());
    java.util.Set<Long> documents = new java.util.TreeSet<>(documentIds);
    java.util.Set<Long> known = new java.util.HashSet<>();
    documents(award.id()).forEach(d -> known.add(d.id()));
    documents.stream()
        .filter(d -> !known.contains(d))
        .findFirst()
        .ifPresent(
            d -> {
              throw new RuleViolationException(
                  "documentIds", "document " + d + " is not a document of award " + award.number());
            });
    condition.submitCure(explanation, documents, callers.current().username(), clock.now());
    audit.record(SubjectKind.CONDITION, conditionId, "CureSubmitted", condition(condition));
    notifications.tell(
        notifications.holdersOf(Role.PROGRAM_OFFICER),
        NotificationKind.CONDITION,
        award.subject(),
        AwardNotices.cureSubmitted(award, condition));
    conditionChanged.fire(new ConditionChanged(condition.number(), true, null));
    return condition;
  }

  /** The program officer removes or keeps a condition after reading the cure (REVIEW_CURE). */
  public void reviewCure(long conditionId, boolean remove, String reason) {
    SpecialCondition condition = visibleCondition(conditionId);
    Award award = awards.lockFresh(condition.award().id());
    condition.decideCure(remove, reason, callers.current().username());
    audit.record(
        SubjectKind.CONDITION,
        conditionId,
        remove ? "ConditionRemoved" : "ConditionKept",
        condition(condition));
    notifications.tell(
        notifications.membersOf(award.organizationId()),
        NotificationKind.CONDITION,
        award.subject(),
        AwardNotices.cureDecided(award, condition));
  }

  /** The cure deadline passed (the condition's timer): the program officers are told. */
  public void cureDeadlineMissed(long conditionId) {
    SpecialCondition condition = em.find(SpecialCondition.class, conditionId);
    if (condition == null || !condition.active()) {
      return;
    }
    condition.markMissed(clock.now());
    Award award = condition.award();
    audit.record(SubjectKind.CONDITION, conditionId, "CureDeadlineMissed", condition(condition));
    notifications.tell(
        notifications.holdersOf(Role.PROGRAM_OFFICER),
        NotificationKind.ESCALATION,
        award.subject(),
        AwardNotices.missed(award, condition, condition.deadline()));
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public SpecialCondition extendCondition(long conditionId, LocalDate deadline, String reason) {
    SpecialCondition condition = visibleCondition(conditionId);
    awards.lockFresh(condition.award().id());
    condition.extend(deadline, reason, clock.today());
    audit.record(
        SubjectKind.CONDITION, conditionId, "ConditionDeadlineExtended", condition(condition));
    conditionChanged.fire(
        new ConditionChanged(condition.number(), false, startOfDayAfter(condition.deadline())));
    return condition;
  }

  /** An evidence document for the award, from the recipient or agency staff. */
  public AwardDocument attach(
      long awardId, DocumentPurpose purpose, String fileName, byte[] content) {
    Award award = get(awardId);
    Caller caller = callers.current();
    if (!caller.seesAllOrganizations() && !isRecipient(award)) {
      throw new ForbiddenException("only the recipient and agency staff add documents to an award");
    }
    AwardDocument document =
        new AwardDocument(awardId, purpose, fileName, content, caller.username(), clock.now());
    em.persist(document);
    em.flush();
    em.persist(new AwardDocumentContent(document.id(), content));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("document", document.id());
    data.put("purpose", purpose);
    data.put("fileName", document.fileName());
    data.put("sizeBytes", document.sizeBytes());
    data.put("sha256", document.sha256());
    audit.record(SUBJECT, awardId, "DocumentAttached", data);
    return document;
  }

  public List<AwardDocument> documents(long awardId) {
    return em.createQuery(
            "select d from AwardDocument d where d.awardId = :a order by d.id", AwardDocument.class)
        .setParameter("a", get(awardId).id())
        .getResultList();
  }

  public AwardDocument document(long awardId, long documentId) {
    AwardDocument document = em.find(AwardDocument.class, documentId);
    if (document == null || document.awardId() != get(awardId).id()) {
      throw new NotFoundException("Document", documentId);
    }
    return document;
  }

  /** The bytes of a document; each download is an audit event. */
  public byte[] content(long awardId, long documentId) {
    AwardDocument document = document(awardId, documentId);
    audit.record(
        SUBJECT,
        awardId,
        "DocumentDownloaded",
        Map.of("document", documentId, "sha256", document.sha256()));
    return em.find(AwardDocumentContent.class, documentId).content();
  }

  public SpecialCondition condition(long awardId, long conditionId) {
    return get(awardId).condition(conditionId);
  }

  private SpecialCondition visibleCondition(long conditionId) {
    SpecialCondition condition = em.find(SpecialCondition.class, conditionId);
    if (condition == null || !callers.current().mayActFor(condition.award().organizationId())) {
      throw new NotFoundException("Condition", conditionId);
    }
    return condition;
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public Award suspend(long id, String reason) {
    Award award = awards.lockFresh(get(id).id());
    award.suspend(reason);
    audit.record(SUBJECT, id, "AwardSuspended", Map.of("reason", award.statusReason()));
    notifications.tell(
        notifications.membersOf(award.organizationId()),
        NotificationKind.AWARD,
        award.subject(),
        new org.lodestone.notification.domain.Notice(
            "Award suspended: " + award.number(),
            "Award " + award.number() + " is suspended: " + award.statusReason()));
    return loaded(award);
  }

  /**
   * The program officer's decision on a denied permit that milestones depend on
   * (DECIDE_DENIED_PERMIT): AMEND (an amendment follows), SUSPEND or TERMINATE the award.
   */
  @RolesAllowed("PROGRAM_OFFICER")
  public void decideOnDeniedPermit(long id, long permitId, String decision, String reason) {
    Award award = awards.lockFresh(get(id).id());
    switch (decision) {
      case "SUSPEND" -> award.suspend(reason);
      case "TERMINATE" -> award.terminate(reason);
      default -> {
        if (reason == null || reason.isBlank()) {
          throw new RuleViolationException("reason", "is required: say what the amendment changes");
        }
      }
    }
    audit.record(
        SUBJECT,
        id,
        "DeniedPermitDecided",
        Map.of("permit", permitId, "decision", decision, "reason", reason.strip()));
    notifications.tell(
        notifications.membersOf(award.organizationId()),
        NotificationKind.AWARD,
        award.subject(),
        new org.lodestone.notification.domain.Notice(
            "Decision on a denied permit: " + award.number(),
            "After the denial of a permit that milestones of award "
                + award.number()
                + " depend on, the program officer decided to "
                + decision.toLowerCase()
                + ": "
                + reason.strip()));
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public Award reinstate(long id, String reason) {
    Award award = awards.lockFresh(get(id).id());
    award.reinstate(reason);
    audit.record(SUBJECT, id, "AwardReinstated", Map.of("reason", award.statusReason()));
    return loaded(award);
  }

  /**
   * An amendment asked by the program officer, or by an applicant of the recipient as a
   * prior-approval request. The proposed terms are the current terms with {@code proposed}'s
   * changes; money changes are checked against the funds now and again at approval.
   */
  @RolesAllowed({"PROGRAM_OFFICER", "APPLICANT"})
  public Amendment requestAmendment(
      long id, AmendmentType type, String reason, AwardTerms proposed) {
    Award award = lockForFunds(get(id).id());
    FundingOpportunity opportunity = opportunities.require(award.opportunityId());
    List<Violation> termsViolations =
        proposed.violations(
            opportunity.minCostSharePercent(), fundsAvailableFor(award), permitting.permitIds(id));
    Amendment amendment =
        award.requestAmendment(
            numbers.next("AMD"),
            type,
            reason,
            proposed,
            termsViolations,
            callers.current().username(),
            clock.now());
    em.flush();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("amendment", amendment.number());
    data.put("type", type);
    data.put("reason", amendment.reason());
    data.put("changes", TermsJson.diff(award.terms(), proposed));
    audit.record(SubjectKind.AMENDMENT, amendment.id(), "AmendmentRequested", data);
    notifications.tell(
        notifications.holdersOf(Role.SELECTING_OFFICIAL),
        NotificationKind.AWARD,
        award.subject(),
        AwardNotices.amendmentRequested(award, amendment));
    amendmentRequested.fire(new AmendmentRequested(amendment.id(), amendment.number(), award.id()));
    return amendment;
  }

  /** The selecting official approves or rejects an amendment (APPROVE_AMENDMENT). */
  public void decideAmendment(long amendmentId, boolean approve, String reason) {
    Amendment found = em.find(Amendment.class, amendmentId);
    if (found == null) {
      throw new NotFoundException("Amendment", amendmentId);
    }
    Award award = lockForFunds(found.award().id());
    Amendment amendment = award.amendment(amendmentId);
    AwardTerms before = award.terms();
    if (approve) {
      Money raise = amendment.proposedTerms().obligatedAmount().minus(before.obligatedAmount());
      Money available = fundsAvailableFor(award).minus(before.obligatedAmount());
      if (raise.exceeds(available)) {
        throw new RuleViolationException(
            "obligatedAmount",
            "the supplement of "
                + raise.formatted()
                + " exceeds the opportunity's funds still available, "
                + available.formatted());
      }
    }
    Money change =
        award.decideAmendment(
            amendment, approve, reason, callers.current().username(), clock.now());
    if (change.signum() > 0) {
      ledger.append(
          LedgerEntryType.OBLIGATION,
          change,
          award.id(),
          award.opportunityId(),
          null,
          amendment.number());
    } else if (change.signum() < 0) {
      Money less = Money.ZERO.minus(change);
      ledger.append(
          LedgerEntryType.DEOBLIGATION,
          less,
          award.id(),
          award.opportunityId(),
          null,
          amendment.number());
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("amendment", amendment.number());
    data.put("decision", approve ? "APPROVE" : "REJECT");
    data.put("reason", amendment.decisionReason());
    if (approve) {
      data.put("termsVersion", award.termsVersion());
      data.put("changes", TermsJson.diff(before, award.terms()));
    }
    audit.record(
        SubjectKind.AMENDMENT,
        amendmentId,
        approve ? "AmendmentApproved" : "AmendmentRejected",
        data);
    java.util.Set<String> told =
        new java.util.TreeSet<>(notifications.membersOf(award.organizationId()));
    told.add(amendment.requestedBy());
    notifications.tell(
        told,
        NotificationKind.AWARD,
        award.subject(),
        AwardNotices.amendmentDecided(award, amendment));
  }

  /** The award locked, after the program and its opportunity: the order of every funds command. */
  private Award lockForFunds(long id) {
    Award award = awards.get(id);
    opportunities.lockProgram();
    opportunities.lock(award.opportunityId());
    return awards.lockFresh(id);
  }

  private static Map<String, Object> snapshot(Award award) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("number", award.number());
    data.put("status", award.status());
    data.put("obligatedAmount", award.obligatedAmount());
    data.put("costSharePercent", award.costSharePercent());
    data.put("start", String.valueOf(award.start()));
    data.put("end", String.valueOf(award.end()));
    data.put("budgetPeriods", award.budgetPeriods().size());
    data.put("milestones", award.milestones().size());
    return data;
  }

  private static Map<String, Object> condition(SpecialCondition c) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("number", c.number());
    data.put("award", c.award().number());
    data.put("effect", c.effect());
    data.put("status", c.status());
    data.put("deadline", String.valueOf(c.deadline()));
    data.put("reason", c.reason());
    data.put("cure", c.cure());
    data.put("cureExplanation", c.cureExplanation());
    data.put("decisionReason", c.decisionReason());
    return data;
  }
}
