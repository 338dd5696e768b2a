package org.lodestone.workflow.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.intake.application.EligibilityFacts;
import org.lodestone.intake.application.ScreeningService;

/**
 * Decides eligibility with the DMN table {@code application-eligibility} on the facts the domain
 * computes, and records the reasons on the application. The reasons stay out of the process
 * variables (a list would need serialization); only the outcome {@code eligible} is kept.
 */
@Dependent
@Named("assessEligibilityDelegate")
public class AssessEligibilityDelegate implements JavaDelegate {

  @Inject private EligibilityFacts facts;
  @Inject private ScreeningService screening;
  @Inject private DecisionService decisions;

  @Override
  public void execute(DelegateExecution execution) {
    long applicationId = IntakeProcess.applicationId(execution);
    List<String> reasons =
        decisions
            .evaluateDecisionTableByKey(EligibilityFacts.DECISION, facts.of(applicationId))
            .collectEntries(IntakeProcess.REASON);
    execution.setVariable(
        IntakeProcess.ELIGIBLE, screening.recordEligibility(applicationId, reasons));
  }
}
