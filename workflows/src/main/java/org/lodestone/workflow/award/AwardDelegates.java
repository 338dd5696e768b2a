package org.lodestone.workflow.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.lodestone.award.application.AwardService;

/**
 * The service steps of the award processes, each a method the models call by expression ({@code
 * ${awardSteps.prepare(execution)}}): they read the command of the task before them and call the
 * award context.
 */
@ApplicationScoped
@Named("awardSteps")
public class AwardDelegates {

  @Inject private AwardService awards;

  public void prepare(DelegateExecution execution) {
    awards.prepare(AwardProcess.id(execution, AwardProcess.AWARD_ID));
  }

  public void sign(DelegateExecution execution) {
    AwardTasks.SignAward c = AwardProcess.command(execution, AwardTasks.SignAward.class);
    awards.sign(
        AwardProcess.id(execution, AwardProcess.AWARD_ID),
        c.decision() == AwardTasks.SignatureDecision.APPROVE,
        c.reason());
  }

  public void answer(DelegateExecution execution) {
    AwardTasks.AcceptAward c = AwardProcess.command(execution, AwardTasks.AcceptAward.class);
    awards.respond(
        AwardProcess.id(execution, AwardProcess.AWARD_ID),
        c.decision() == AwardTasks.AcceptanceDecision.ACCEPT,
        Boolean.TRUE.equals(c.feocCertified()),
        c.reason());
  }

  /** Sets when the current budget period's go/no-go falls due, if another period follows. */
  public void scheduleGoNoGo(DelegateExecution execution) {
    Optional<java.time.Instant> due =
        awards.nextDecisionAt(AwardProcess.id(execution, AwardProcess.AWARD_ID));
    execution.setVariable(AwardProcess.HAS_NEXT_PERIOD, due.isPresent());
    execution.setVariable(AwardProcess.DECISION_DUE, due.map(Date::from).orElse(null));
  }

  public void decideGoNoGo(DelegateExecution execution) {
    AwardTasks.GoNoGo c = AwardProcess.command(execution, AwardTasks.GoNoGo.class);
    awards.decideGoNoGo(
        AwardProcess.id(execution, AwardProcess.AWARD_ID),
        c.decision() == AwardTasks.GoDecision.GO,
        c.justification());
  }

  public void cureDeadlineMissed(DelegateExecution execution) {
    awards.cureDeadlineMissed(AwardProcess.id(execution, AwardProcess.CONDITION_ID));
  }

  public void reviewCure(DelegateExecution execution) {
    AwardTasks.ReviewCure c = AwardProcess.command(execution, AwardTasks.ReviewCure.class);
    awards.reviewCure(
        AwardProcess.id(execution, AwardProcess.CONDITION_ID),
        c.decision() == AwardTasks.CureDecision.REMOVE,
        c.reason());
  }

  public void decideAmendment(DelegateExecution execution) {
    AwardTasks.DecideAmendment c =
        AwardProcess.command(execution, AwardTasks.DecideAmendment.class);
    awards.decideAmendment(
        AwardProcess.id(execution, AwardProcess.AMENDMENT_ID),
        c.decision() == AwardTasks.AmendmentDecision.APPROVE,
        c.reason());
  }
}
