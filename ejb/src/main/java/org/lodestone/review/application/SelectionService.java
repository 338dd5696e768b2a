package org.lodestone.review.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.program.application.FundsCommitments;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.review.domain.Evaluation;
import org.lodestone.review.domain.NepaClass;
import org.lodestone.review.domain.Review;
import org.lodestone.review.domain.RiskRating;
import org.lodestone.review.domain.SelectionDecision;
import org.lodestone.review.infrastructure.EvaluationRepository;
import org.lodestone.shared.Money;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.ProgramSettings;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.SubjectKind;

/**
 * The evaluation of an accepted application up to the selecting official's decision: consensus of
 * the reviews, NEPA class, risk rating, and selection within the opportunity's funds. The process
 * steps call the commands; the slate and the review board are read by agency staff.
 */
@Stateless
@PermitAll
public class SelectionService {

  static final SubjectKind SUBJECT = SubjectKind.EVALUATION;

  @Inject private EvaluationRepository evaluations;
  @Inject private CallerService callers;
  @Inject private AuditTrail audit;
  @Inject private NotificationService notifications;
  @Inject private ReviewService reviews;
  @Inject private ApplicationService applications;
  @Inject private OpportunityService opportunities;
  @Inject private ProgramSettings settings;
  @Inject private ProgramClock clock;
  @Inject private FundsCommitments commitments;

  /** Opens the evaluation of an application just accepted for merit review. */
  public Evaluation open(long applicationId) {
    Application application = applications.require(applicationId);
    FundingOpportunity opportunity = opportunities.get(application.opportunityId());
    Evaluation evaluation =
        new Evaluation(
            applicationId,
            opportunity.id(),
            Money.of(application.details().federalAmountRequested()),
            opportunity.reviewersPerApplication());
    evaluations.add(evaluation);
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
    Evaluation evaluation = lockedEvaluation(applicationId);
    List<BigDecimal> totals =
        reviews.all(applicationId).stream()
            .filter(Review::submitted)
            .map(Review::weightedTotal)
            .toList();
    BigDecimal maxSpread = settings.getMaxSpread();
    boolean disagree = evaluation.recordConsensus(totals, maxSpread);
    Map<String, Object> data = facts(evaluation);
    data.put("totals", totals);
    data.put("maxSpread", maxSpread);
    audit.record(
        SUBJECT, evaluation.id(), disagree ? "ReconciliationNeeded" : "ConsensusRecorded", data);
    if (disagree) {
      Application application = applications.require(applicationId);
      notifications.tell(
          notifications.holdersOf(Role.PROGRAM_OFFICER),
          NotificationKind.RECONCILIATION,
          ReviewService.subject(application),
          ReviewNotices.disagreement(application, evaluation.spread(), maxSpread));
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
    long opportunityId = evaluationOf(applicationId).opportunityId();
    FundingOpportunity opportunity = opportunities.lock(opportunityId);
    Evaluation evaluation = lockedEvaluation(applicationId);
    Money remaining = opportunity.fundsAvailable().minus(committed(opportunity.id()));
    evaluation.decide(
        decision, justification, remaining, callers.current().username(), clock.now());
    boolean selected = decision == SelectionDecision.SELECT;
    Application application =
        applications.recordSelection(applicationId, selected, evaluation.justification());
    Map<String, Object> data = facts(evaluation);
    data.put("justification", evaluation.justification());
    data.put("fundsRemainingBefore", remaining);
    audit.record(SUBJECT, evaluation.id(), selected ? "Selected" : "Declined", data);
    notifications.tell(
        notifications.membersOf(application.organizationId()),
        NotificationKind.DECISION,
        ReviewService.subject(application),
        ReviewNotices.decision(application, selected));
  }

  /**
   * The federal amount already committed from an opportunity: obligations of accepted awards plus
   * selections not yet awarded (at their negotiated amounts).
   */
  public Money committed(long opportunityId) {
    return commitments.committed(opportunityId);
  }

  private void change(long applicationId, String event, Consumer<Evaluation> step) {
    Evaluation evaluation = lockedEvaluation(applicationId);
    step.accept(evaluation);
    audit.record(SUBJECT, evaluation.id(), event, facts(evaluation));
  }

  private Map<String, Object> facts(Evaluation e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("application", applications.require(e.applicationId()).number());
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

  /** The evaluation locked until the transaction ends: one change of it at a time. */
  private Evaluation lockedEvaluation(long applicationId) {
    return evaluations.lockOfApplication(applicationId);
  }

  private Evaluation evaluationOf(long applicationId) {
    return evaluations
        .ofApplication(applicationId)
        .orElseThrow(
            () -> new StateConflictException("application " + applicationId + " is not in review"));
  }
}
