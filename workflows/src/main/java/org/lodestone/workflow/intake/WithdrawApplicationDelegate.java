package org.lodestone.workflow.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.intake.application.ScreeningService;

/** Withdraws a returned application whose correction deadline passed. */
@Dependent
@Named("withdrawApplicationDelegate")
public class WithdrawApplicationDelegate implements JavaDelegate {

  @Inject private ScreeningService screening;

  @Override
  public void execute(DelegateExecution execution) {
    screening.withdrawForMissedDeadline(IntakeProcess.applicationId(execution));
  }
}
