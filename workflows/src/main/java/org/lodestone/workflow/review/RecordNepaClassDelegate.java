package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.SelectionService;

/** Records the permitting specialist's NEPA class. */
@Dependent
@Named("recordNepaClassDelegate")
public class RecordNepaClassDelegate implements JavaDelegate {

  @Inject private SelectionService selection;

  @Override
  public void execute(DelegateExecution execution) {
    ReviewTasks.ScreenEnvironment command =
        ReviewProcess.command(execution, ReviewTasks.ScreenEnvironment.class);
    selection.screenEnvironment(
        ReviewProcess.applicationId(execution), command.nepaClass(), command.notes());
  }
}
