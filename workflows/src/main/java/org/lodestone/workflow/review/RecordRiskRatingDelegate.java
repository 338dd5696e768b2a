package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.SelectionService;
import org.lodestone.review.domain.RiskRating;

/** Records a program officer's risk rating. */
@Dependent
@Named("recordRiskRatingDelegate")
public class RecordRiskRatingDelegate implements JavaDelegate {

  @Inject private SelectionService selection;

  @Override
  public void execute(DelegateExecution execution) {
    selection.rateRisk(
        ReviewProcess.applicationId(execution),
        RiskRating.valueOf(ReviewProcess.text(execution, ReviewProcess.RISK_RATING)),
        ReviewProcess.text(execution, ReviewProcess.NOTES));
  }
}
