package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.SelectionService;

/** Records the consensus a program officer reconciled. */
@Dependent
@Named("reconcileConsensusDelegate")
public class ReconcileConsensusDelegate implements JavaDelegate {

  @Inject private SelectionService selection;

  @Override
  public void execute(DelegateExecution execution) {
    ReviewTasks.ReconcileScores command =
        ReviewProcess.command(execution, ReviewTasks.ReconcileScores.class);
    selection.reconcile(
        ReviewProcess.applicationId(execution), command.consensusScore(), command.rationale());
  }
}
