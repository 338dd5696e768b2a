package org.lodestone.workflow.permitting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.lodestone.award.application.AwardService;
import org.lodestone.permitting.application.PermittingService;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.workflow.inbox.TaskCommands;

/** The service steps of the permitting processes (${permittingSteps.flagMissed(execution)}). */
@ApplicationScoped
@Named("permittingSteps")
public class PermittingSteps {

  @Inject private PermittingService permitting;
  @Inject private AwardService awards;

  /** The daily look: the newly missed permits, each of which starts its monthly reports. */
  public void flagMissed(DelegateExecution execution) {
    execution.setVariableLocal(
        PermittingProcess.MISSED_PERMIT_IDS,
        new java.util.ArrayList<>(
            permitting.flagMissed(PermittingProcess.id(execution, PermittingProcess.AWARD_ID))));
  }

  public void recordMissedReport(DelegateExecution execution) {
    PermittingTasks.ReportMissedDate c =
        TaskCommands.of(execution, PermittingTasks.ReportMissedDate.class);
    long permit = PermittingProcess.id(execution, PermittingProcess.PERMIT_ID);
    permitting.reportMissed(
        permit, c.status(), c.newTargetDate(), c.reasonCategory(), c.explanation());
    execution.setVariableLocal(PermittingProcess.STILL_MISSED, permitting.stillMissed(permit));
  }

  public void recordConfirmation(DelegateExecution execution) {
    PermittingTasks.UpdateTimetable c =
        TaskCommands.of(execution, PermittingTasks.UpdateTimetable.class);
    if (!Boolean.TRUE.equals(c.confirmed())) {
      throw new RuleViolationException(
          "confirmed", "must be true: confirm the timetable as it stands, or change it first");
    }
    permitting.confirm(PermittingProcess.id(execution, PermittingProcess.AWARD_ID), c.notes());
  }

  public void decideChange(DelegateExecution execution) {
    PermittingTasks.DecideTimetableChange c =
        TaskCommands.of(execution, PermittingTasks.DecideTimetableChange.class);
    permitting.decideChange(
        PermittingProcess.id(execution, PermittingProcess.CHANGE_REQUEST_ID),
        c.decision() == PermittingTasks.ChangeDecision.APPROVE,
        c.reason());
  }

  /** Amend (the officer then asks for an amendment), suspend or terminate the award. */
  public void decideDenied(DelegateExecution execution) {
    PermittingTasks.DecideDeniedPermit c =
        TaskCommands.of(execution, PermittingTasks.DecideDeniedPermit.class);
    long award = PermittingProcess.id(execution, PermittingProcess.AWARD_ID);
    long permit = PermittingProcess.id(execution, PermittingProcess.PERMIT_ID);
    awards.decideOnDeniedPermit(award, permit, c.decision().name(), c.reason());
  }
}
