package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.SelectionService;
import org.lodestone.review.domain.NepaClass;

/** Records the permitting specialist's NEPA class. */
@Dependent
@Named("recordNepaClassDelegate")
public class RecordNepaClassDelegate implements JavaDelegate {

  @Inject private SelectionService selection;

  @Override
  public void execute(DelegateExecution execution) {
    selection.screenEnvironment(
        ReviewProcess.applicationId(execution),
        NepaClass.valueOf(ReviewProcess.text(execution, ReviewProcess.NEPA_CLASS)),
        ReviewProcess.text(execution, ReviewProcess.NOTES));
  }
}
