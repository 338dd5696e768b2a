package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.SelectionService;

/** Opens the evaluation of an application accepted for merit review. */
@Dependent
@Named("openEvaluationDelegate")
public class OpenEvaluationDelegate implements JavaDelegate {

  @Inject private SelectionService selection;

  @Override
  public void execute(DelegateExecution execution) {
    selection.open(ReviewProcess.applicationId(execution));
  }
}
