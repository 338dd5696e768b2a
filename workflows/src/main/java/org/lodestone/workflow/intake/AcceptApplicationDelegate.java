package org.lodestone.workflow.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.intake.application.ScreeningService;

/** Moves a screened application into merit review. */
@Dependent
@Named("acceptApplicationDelegate")
public class AcceptApplicationDelegate implements JavaDelegate {

  @Inject private ScreeningService screening;

  @Override
  public void execute(DelegateExecution execution) {
    screening.accept(
        IntakeProcess.applicationId(execution), IntakeProcess.screeningReason(execution));
  }
}
