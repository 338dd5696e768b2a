package org.lodestone.workflow.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.intake.application.ScreeningService;

/** Closes a screened application as ineligible. */
@Dependent
@Named("rejectApplicationDelegate")
public class RejectApplicationDelegate implements JavaDelegate {

  @Inject private ScreeningService screening;

  @Override
  public void execute(DelegateExecution execution) {
    screening.reject(
        IntakeProcess.applicationId(execution), IntakeProcess.screeningReason(execution));
  }
}
