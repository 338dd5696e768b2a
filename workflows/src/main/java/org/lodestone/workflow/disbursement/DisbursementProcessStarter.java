package org.lodestone.workflow.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.lodestone.award.application.MilestoneReported;
import org.lodestone.disbursement.application.HoldsLifted;
import org.lodestone.disbursement.application.PaymentRequested;
import org.lodestone.disbursement.application.PaymentResubmitted;

/**
 * Connects disbursement facts to the processes, inside the transaction that records them: a request
 * starts its process, a resubmission and the lifting of an award's last hold are told to the
 * requests waiting for them, a reported milestone starts its review.
 */
@ApplicationScoped
public class DisbursementProcessStarter {

  @Inject private RuntimeService runtime;

  void onRequested(@Observes PaymentRequested requested) {
    runtime.startProcessInstanceByKey(
        DisbursementProcess.ID,
        requested.number(),
        Map.of(
            DisbursementProcess.PAYMENT_REQUEST_ID, requested.paymentRequestId(),
            DisbursementProcess.AWARD_ID, requested.awardId(),
            DisbursementProcess.ESCALATION_AT, Date.from(requested.escalationAt())));
  }

  void onResubmitted(@Observes PaymentResubmitted resubmitted) {
    runtime
        .createMessageCorrelation(DisbursementProcess.MESSAGE_RESUBMITTED)
        .processInstanceBusinessKey(resubmitted.number())
        .correlate();
  }

  void onHoldsLifted(@Observes HoldsLifted lifted) {
    runtime
        .createMessageCorrelation(DisbursementProcess.MESSAGE_HOLDS_LIFTED)
        .processInstanceVariableEquals(DisbursementProcess.AWARD_ID, lifted.awardId())
        .correlateAll();
  }

  void onMilestoneReported(@Observes MilestoneReported reported) {
    runtime.startProcessInstanceByKey(
        DisbursementProcess.MILESTONE_PROCESS,
        reported.businessKey(),
        Map.of(
            DisbursementProcess.MILESTONE_ID, reported.milestoneId(),
            DisbursementProcess.AWARD_ID, reported.awardId(),
            DisbursementProcess.ENGINEER_CERTIFICATION, reported.engineerCertification()));
  }
}
