package org.lodestone.workflow.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.intake.application.ScreeningService;

/** Returns a screened application to its applicant for correction. */
@Dependent
@Named("returnApplicationDelegate")
public class ReturnApplicationDelegate implements JavaDelegate {

  @Inject private ScreeningService screening;

  @Override
  public void execute(DelegateExecution execution) {
    screening.returnForCorrection(
        IntakeProcess.applicationId(execution), IntakeProcess.screeningReason(execution));
  }
}
