package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.SelectionService;

/** Records the consensus of the reviews, or that it needs reconciling. */
@Dependent
@Named("recordConsensusDelegate")
public class RecordConsensusDelegate implements JavaDelegate {

  @Inject private SelectionService selection;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        ReviewProcess.RECONCILIATION_NEEDED,
        selection.recordConsensus(ReviewProcess.applicationId(execution)));
  }
}
