package org.lodestone.review.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.intake.application.Subjects;
import org.lodestone.intake.domain.Application;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.review.domain.Evaluation;
import org.lodestone.review.domain.NepaClass;
import org.lodestone.review.domain.Review;
import org.lodestone.review.domain.RiskRating;
import org.lodestone.review.domain.SelectionDecision;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.StateConflictException;

/**
 * The evaluation of an accepted application up to the selecting official's decision: consensus of
 * the reviews, NEPA class, risk rating, and selection within the opportunity's funds. The process
 * steps call the commands; the slate and the review board are read by agency staff.
 */
@Stateless
@PermitAll
public class SelectionService {

  /** Points of spread between weighted totals above which a program officer reconciles. */
  public static final String MAX_SPREAD = "lodestone.review.max-spread";

  static final String SUBJECT = "Evaluation";

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;
  @Inject private AuditTrail audit;
  @Inject private NotificationService notifications;
  @Inject private ReviewService reviews;

  /** Opens the evaluation of an application just accepted for merit review. */
  public Evaluation open(long applicationId) {
    Application application = application(applicationId);
    FundingOpportunity opportunity = em.find(FundingOpportunity.class, application.opportunityId());
    Evaluation evaluation =
        new Evaluation(
            applicationId,
            opportunity.id(),
            application.details().federalAmountRequested(),
            opportunity.reviewersPerApplication());
    em.persist(evaluation);
    em.flush();
    audit.record(
        SUBJECT,
        evaluation.id(),
        "EvaluationOpened",
        Map.of(
            "application", application.number(),
            "requestedAmount", evaluation.requestedAmount(),
            "reviewersRequired", evaluation.reviewersRequired()));
    return evaluation;
  }

  /**
   * Records the consensus of the submitted reviews.
   *
   * @return true when the reviewers disagree widely and a program officer must reconcile
   */
  public boolean recordConsensus(long applicationId) {
    Evaluation evaluation = evaluationOf(applicationId);
    List<BigDecimal> totals =
        reviews.all(applicationId).stream()
            .filter(Review::submitted)
            .map(Review::weightedTotal)
            .toList();
    BigDecimal maxSpread =
        new BigDecimal(
            System.getProperty(MAX_SPREAD, Evaluation.DEFAULT_MAX_SPREAD.toPlainString()));
    boolean disagree = evaluation.recordConsensus(totals, maxSpread);
    Map<String, Object> data = facts(evaluation);
    data.put("totals", totals);
    data.put("maxSpread", maxSpread);
    audit.record(
        SUBJECT, evaluation.id(), disagree ? "ReconciliationNeeded" : "ConsensusRecorded", data);
    if (disagree) {
      Application application = application(applicationId);
      notifications.tell(
          notifications.holdersOf(Role.PROGRAM_OFFICER),
          NotificationKind.RECONCILIATION,
          applicationId,
          "Reviewers disagree: " + application.number(),
          "The weighted totals of application "
              + application.number()
              + " spread "
              + evaluation.spread()
              + " points (more than "
              + maxSpread
              + "). Reconcile them and record the consensus with a rationale.");
    }
    return disagree;
  }

  public void reconcile(long applicationId, BigDecimal score, String rationale) {
    change(
        applicationId,
        "ConsensusReconciled",
        e -> e.reconcile(score, rationale, callers.current().username()));
  }

  public void screenEnvironment(long applicationId, NepaClass nepaClass, String notes) {
    change(
        applicationId,
        "EnvironmentalScreeningRecorded",
        e -> e.screenEnvironment(nepaClass, notes, callers.current().username()));
  }

  public void rateRisk(long applicationId, RiskRating rating, String notes) {
    change(
        applicationId, "RiskRated", e -> e.rateRisk(rating, notes, callers.current().username()));
  }

  /**
   * The selecting official's decision. The opportunity is locked while the funds still available
   * are computed, so two officials selecting at the same moment cannot together exceed them.
   */
  public void decide(long applicationId, SelectionDecision decision, String justification) {
    Evaluation evaluation = evaluationOf(applicationId);
    FundingOpportunity opportunity =
        em.find(
            FundingOpportunity.class, evaluation.opportunityId(), LockModeType.PESSIMISTIC_WRITE);
    BigDecimal remaining = opportunity.fundsAvailable().subtract(committed(opportunity.id()));
    evaluation.decide(
        decision,
        justification,
        remaining,
        callers.current().username(),
        Instant.now().truncatedTo(ChronoUnit.MICROS));
    Application application = application(applicationId);
    boolean selected = decision == SelectionDecision.SELECT;
    application.recordSelection(selected, evaluation.justification());
    Map<String, Object> data = facts(evaluation);
    data.put("justification", evaluation.justification());
    data.put("fundsRemainingBefore", remaining);
    audit.record(SUBJECT, evaluation.id(), selected ? "Selected" : "Declined", data);
    audit.record(
        Subjects.APPLICATION,
        applicationId,
        selected ? "ApplicationSelected" : "ApplicationDeclined",
        Map.of("before", "IN_REVIEW", "after", application.status()));
    notifications.tell(
        notifications.membersOf(application.organizationId()),
        NotificationKind.DECISION,
        applicationId,
        (selected ? "Selected for award negotiation: " : "Not selected: ") + application.number(),
        "The selecting official has "
            + (selected ? "selected" : "declined")
            + " application "
            + application.number()
            + " ("
            + application.details().title()
            + "). The decision and the reviewers' consensus feedback are on the application's page.");
  }

  /**
   * The ranked slate of an opportunity: every application in or past merit review, best consensus
   * first, with the funds that would remain as each undecided one is selected in that order.
   */
  @RolesAllowed({"SELECTING_OFFICIAL", "PROGRAM_OFFICER", "AUDITOR", "ADMIN"})
  public Slate slate(long opportunityId) {
    FundingOpportunity opportunity = em.find(FundingOpportunity.class, opportunityId);
    if (opportunity == null) {
      throw new NotFoundException("FundingOpportunity", opportunityId);
    }
    BigDecimal committed = committed(opportunityId);
    BigDecimal remaining = opportunity.fundsAvailable().subtract(committed);
    List<Object[]> rows =
        new ArrayList<>(
            em.createQuery(
                    "select e, a from Evaluation e, Application a where a.id = e.applicationId"
                        + " and e.opportunityId = :o",
                    Object[].class)
                .setParameter("o", opportunityId)
                .getResultList());
    rows.sort(
        Comparator.comparing(
                (Object[] r) -> ((Evaluation) r[0]).consensusScore(),
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> ((Evaluation) r[0]).requestedAmount()));
    List<SlateEntry> entries = new ArrayList<>();
    BigDecimal running = remaining;
    for (Object[] row : rows) {
      Evaluation evaluation = (Evaluation) row[0];
      BigDecimal after = null;
      if (!evaluation.decided() && evaluation.readyForSelection()) {
        after = running.subtract(evaluation.requestedAmount());
        if (after.signum() >= 0) {
          running = after;
        }
      }
      entries.add(new SlateEntry(entries.size() + 1, evaluation, (Application) row[1], after));
    }
    return new Slate(
        opportunity,
        Money.usd(opportunity.fundsAvailable()),
        Money.usd(committed),
        remaining,
        entries);
  }

  /** An opportunity's funds and its ranked applications. */
  public record Slate(
      FundingOpportunity opportunity,
      BigDecimal fundsAvailable,
      BigDecimal selectedAmount,
      BigDecimal remaining,
      List<SlateEntry> entries) {}

  /**
   * One application on the slate; {@code remainingIfSelected} is what would be left if it and every
   * undecided one ranked above it that fits were selected (null when it is decided or not ready;
   * negative when it would not fit).
   */
  public record SlateEntry(
      int rank, Evaluation evaluation, Application application, BigDecimal remainingIfSelected) {

    public boolean fits() {
      return remainingIfSelected != null && remainingIfSelected.signum() >= 0;
    }
  }

  /**
   * The review board of an opportunity: each application in or past merit review with its reviews
   * (who is late, who conflicted), spread and progress, most advanced first.
   */
  @RolesAllowed({"PROGRAM_OFFICER", "SELECTING_OFFICIAL", "AUDITOR", "ADMIN"})
  public List<BoardRow> board(long opportunityId) {
    return em
        .createQuery(
            "select e, a from Evaluation e, Application a where a.id = e.applicationId"
                + " and e.opportunityId = :o order by a.id",
            Object[].class)
        .setParameter("o", opportunityId)
        .getResultList()
        .stream()
        .map(
            r ->
                new BoardRow(
                    (Evaluation) r[0], (Application) r[1], reviews.all(((Application) r[1]).id())))
        .toList();
  }

  /** One application on the review board. */
  public record BoardRow(Evaluation evaluation, Application application, List<Review> reviews) {

    public long submitted() {
      return reviews.stream().filter(Review::submitted).count();
    }

    public long late() {
      Instant now = Instant.now();
      return reviews.stream().filter(r -> r.lateAt(now)).count();
    }

    /** Where the application stands in review, in a few words. */
    public String stage() {
      Evaluation e = evaluation;
      long taking = reviews.stream().filter(r -> r.status().active()).count();
      if (e.decided()) {
        return e.decision() == SelectionDecision.SELECT ? "Selected" : "Declined";
      }
      if (taking < e.reviewersRequired()) {
        return reviews.isEmpty() ? "Awaiting reviewer assignment" : "Replacement reviewer needed";
      }
      if (submitted() < e.reviewersRequired()) {
        return "In review: " + submitted() + " of " + e.reviewersRequired() + " submitted";
      }
      if (e.reconciliationPending()) {
        return "Reconciliation needed";
      }
      if (!e.readyForSelection()) {
        return "Awaiting "
            + (e.nepaClass() == null ? "environmental screening" : "")
            + (e.nepaClass() == null && e.riskRating() == null ? " and " : "")
            + (e.riskRating() == null ? "risk review" : "");
      }
      return "Ready for selection";
    }
  }

  /** The federal amount already committed to selected applications of an opportunity. */
  private BigDecimal committed(long opportunityId) {
    BigDecimal sum =
        em.createQuery(
                "select sum(e.requestedAmount) from Evaluation e"
                    + " where e.opportunityId = :o and e.decision = :selected",
                BigDecimal.class)
            .setParameter("o", opportunityId)
            .setParameter("selected", SelectionDecision.SELECT)
            .getSingleResult();
    return sum == null ? Money.ZERO : Money.usd(sum);
  }

  private void change(long applicationId, String event, Consumer<Evaluation> step) {
    Evaluation evaluation = evaluationOf(applicationId);
    step.accept(evaluation);
    audit.record(SUBJECT, evaluation.id(), event, facts(evaluation));
  }

  private Map<String, Object> facts(Evaluation e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("application", application(e.applicationId()).number());
    data.put("spread", e.spread());
    data.put("consensusScore", e.consensusScore());
    data.put("consensusRationale", e.consensusRationale());
    data.put("nepaClass", e.nepaClass());
    data.put("nepaNotes", e.nepaNotes());
    data.put("riskRating", e.riskRating());
    data.put("riskNotes", e.riskNotes());
    data.put("decision", e.decision());
    return data;
  }

  private Evaluation evaluationOf(long applicationId) {
    return reviews
        .evaluation(applicationId)
        .orElseThrow(
            () -> new StateConflictException("application " + applicationId + " is not in review"));
  }

  private Application application(long applicationId) {
    Application application = em.find(Application.class, applicationId);
    if (application == null) {
      throw new NotFoundException("Application", applicationId);
    }
    return application;
  }
}
