package org.lodestone.workflow.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.lodestone.award.application.MilestoneService;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.domain.ApprovalStep;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.shared.Money;
import org.lodestone.workflow.inbox.TaskCommands;

/**
 * The service steps of the disbursement processes ({@code
 * ${disbursementSteps.release(execution)}}): each reads the command of the task before it, calls
 * the domain and sets what the gateways read.
 */
@ApplicationScoped
@Named("disbursementSteps")
public class DisbursementSteps {

  @Inject private DisbursementService disbursements;
  @Inject private MilestoneService milestones;

  public void decide(DelegateExecution execution, String step) {
    DisbursementTasks.DecidePayment c =
        TaskCommands.of(execution, DisbursementTasks.DecidePayment.class);
    PaymentRequest request =
        disbursements.decide(
            id(execution, DisbursementProcess.PAYMENT_REQUEST_ID),
            ApprovalStep.valueOf(step),
            c.decision(),
            Money.ofNullable(c.amount()),
            c.reason());
    execution.setVariable(DisbursementProcess.PAYMENT_DECISION, c.decision().name());
    execution.setVariable(
        DisbursementProcess.SECOND_NEEDED, disbursements.needsSecondCertification(request));
  }

  public void checkHolds(DelegateExecution execution) {
    execution.setVariable(
        DisbursementProcess.HELD,
        disbursements.held(id(execution, DisbursementProcess.PAYMENT_REQUEST_ID)));
  }

  public void release(DelegateExecution execution) {
    execution.setVariable(
        DisbursementProcess.RELEASED,
        disbursements.release(id(execution, DisbursementProcess.PAYMENT_REQUEST_ID)));
  }

  public void escalate(DelegateExecution execution) {
    disbursements.escalate(id(execution, DisbursementProcess.PAYMENT_REQUEST_ID));
  }

  public void certifyMilestone(DelegateExecution execution) {
    DisbursementTasks.CertifyMilestone c =
        TaskCommands.of(execution, DisbursementTasks.CertifyMilestone.class);
    milestones.certify(
        id(execution, DisbursementProcess.MILESTONE_ID),
        c.decision() == DisbursementTasks.CertificationDecision.CERTIFY,
        c.reason());
  }

  public void acceptMilestone(DelegateExecution execution) {
    DisbursementTasks.AcceptMilestone c =
        TaskCommands.of(execution, DisbursementTasks.AcceptMilestone.class);
    milestones.accept(
        id(execution, DisbursementProcess.MILESTONE_ID),
        c.decision() == DisbursementTasks.AcceptanceDecision.ACCEPT,
        c.reason());
  }

  private static long id(DelegateExecution execution, String variable) {
    return ((Number) execution.getVariable(variable)).longValue();
  }
}
