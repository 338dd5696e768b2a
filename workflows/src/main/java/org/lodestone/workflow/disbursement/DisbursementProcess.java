package org.lodestone.workflow.disbursement;

import org.lodestone.shared.SubjectKind;

/**
 * The disbursement processes: each payment request from its submission to the release
 * (DisbursementProcess.bpmn, business key the request number) and each reported milestone until it
 * is accepted or returned (MilestoneProcess.bpmn). Ids of the elements code refers to and the
 * variables the models read.
 */
public final class DisbursementProcess {

  public static final String ID = "DisbursementProcess";
  public static final String MILESTONE_PROCESS = "MilestoneProcess";

  public static final String TASK_APPROVE = "Task_ApprovePayment";
  public static final String TASK_CERTIFY = "Task_CertifyPayment";
  public static final String TASK_SECOND_CERTIFY = "Task_SecondCertifyPayment";
  public static final String TASK_RELEASE = "Task_ReleasePayment";
  public static final String TASK_CERTIFY_MILESTONE = "Task_CertifyMilestone";
  public static final String TASK_ACCEPT_MILESTONE = "Task_AcceptMilestone";

  public static final String MESSAGE_RESUBMITTED = "PaymentResubmitted";
  public static final String MESSAGE_HOLDS_LIFTED = "HoldsLifted";

  public static final String PAYMENT_REQUEST_ID = SubjectKind.PAYMENT_REQUEST.idVariable();
  public static final String MILESTONE_ID = SubjectKind.MILESTONE.idVariable();
  public static final String AWARD_ID = SubjectKind.AWARD.idVariable();

  /** When a request still pending escalates (a date). */
  public static final String ESCALATION_AT = "escalationAt";

  /** APPROVE, RETURN or REJECT, read by the gateways after each approval. */
  public static final String PAYMENT_DECISION = "paymentDecision";

  /** True when the amount approved is above the second-certification threshold. */
  public static final String SECOND_NEEDED = "secondCertificationNeeded";

  public static final String HELD = "held";
  public static final String RELEASED = "released";

  /** Read by Gateway_NeedsEngineer. */
  public static final String ENGINEER_CERTIFICATION = "engineerCertification";

  /** CERTIFY or RETURN, read by Gateway_MilestoneCertified. */
  public static final String MILESTONE_CERTIFICATION = "milestoneCertification";

  /** ACCEPT or RETURN, read by Gateway_MilestoneAccepted. */
  public static final String MILESTONE_ACCEPTANCE = "milestoneAcceptance";

  private DisbursementProcess() {}
}
