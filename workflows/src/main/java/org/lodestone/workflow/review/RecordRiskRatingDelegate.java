package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.SelectionService;

/** Records a program officer's risk rating. */
@Dependent
@Named("recordRiskRatingDelegate")
public class RecordRiskRatingDelegate implements JavaDelegate {

  @Inject private SelectionService selection;

  @Override
  public void execute(DelegateExecution execution) {
    ReviewTasks.RateRisk command = ReviewProcess.command(execution, ReviewTasks.RateRisk.class);
    selection.rateRisk(ReviewProcess.applicationId(execution), command.rating(), command.notes());
  }
}
