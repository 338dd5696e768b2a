package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.SelectionService;
import org.lodestone.review.domain.SelectionDecision;

/** Records the selecting official's decision within the funds available. */
@Dependent
@Named("recordSelectionDecisionDelegate")
public class RecordSelectionDecisionDelegate implements JavaDelegate {

  @Inject private SelectionService selection;

  @Override
  public void execute(DelegateExecution execution) {
    selection.decide(
        ReviewProcess.applicationId(execution),
        SelectionDecision.valueOf(ReviewProcess.text(execution, ReviewProcess.SELECTION_DECISION)),
        ReviewProcess.text(execution, ReviewProcess.JUSTIFICATION));
  }
}
