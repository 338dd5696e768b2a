package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.SelectionService;

/** Records the selecting official's decision within the funds available. */
@Dependent
@Named("recordSelectionDecisionDelegate")
public class RecordSelectionDecisionDelegate implements JavaDelegate {

  @Inject private SelectionService selection;

  @Override
  public void execute(DelegateExecution execution) {
    ReviewTasks.DecideSelection command =
        ReviewProcess.command(execution, ReviewTasks.DecideSelection.class);
    selection.decide(
        ReviewProcess.applicationId(execution), command.decision(), command.justification());
  }
}
