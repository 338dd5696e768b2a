package org.lodestone.workflow.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.lodestone.disbursement.domain.PaymentDecision;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.shared.SubjectKind;
import org.lodestone.workflow.inbox.MaxLength;
import org.lodestone.workflow.inbox.Required;
import org.lodestone.workflow.inbox.TaskCatalogue;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.TaskType;

/** The work of milestones and payment requests, each with the command that completes it. */
public enum DisbursementTasks implements TaskType {
  CERTIFY_MILESTONE(
      "Milestone certification",
      SubjectKind.MILESTONE,
      CertifyMilestone.class,
      DisbursementProcess.TASK_CERTIFY_MILESTONE),
  ACCEPT_MILESTONE(
      "Milestone acceptance",
      SubjectKind.MILESTONE,
      AcceptMilestone.class,
      DisbursementProcess.TASK_ACCEPT_MILESTONE),
  APPROVE_PAYMENT(
      "Payment approval",
      SubjectKind.PAYMENT_REQUEST,
      DecidePayment.class,
      DisbursementProcess.TASK_APPROVE),
  CERTIFY_PAYMENT(
      "Payment certification",
      SubjectKind.PAYMENT_REQUEST,
      DecidePayment.class,
      DisbursementProcess.TASK_CERTIFY),
  SECOND_CERTIFY_PAYMENT(
      "Second payment certification",
      SubjectKind.PAYMENT_REQUEST,
      DecidePayment.class,
      DisbursementProcess.TASK_SECOND_CERTIFY);

  private final Definition definition;

  DisbursementTasks(
      String label, SubjectKind subject, Class<? extends TaskCommand> command, String... steps) {
    this.definition = Definition.of(label, subject, command, steps);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  public enum CertificationDecision {
    CERTIFY,
    RETURN
  }

  public enum AcceptanceDecision {
    ACCEPT,
    RETURN
  }

  public record CertifyMilestone(
      @Required CertificationDecision decision, @MaxLength(PaymentRequest.TEXT_MAX) String reason)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(DisbursementProcess.MILESTONE_CERTIFICATION, decision.name());
    }
  }

  public record AcceptMilestone(
      @Required AcceptanceDecision decision, @MaxLength(PaymentRequest.TEXT_MAX) String reason)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(DisbursementProcess.MILESTONE_ACCEPTANCE, decision.name());
    }
  }

  /**
   * An approval step's decision; {@code amount} (dollars) may reduce the amount under approval,
   * with a reason, never raise it.
   */
  public record DecidePayment(
      @Required PaymentDecision decision,
      BigDecimal amount,
      @MaxLength(PaymentRequest.TEXT_MAX) String reason)
      implements TaskCommand {}

  /** Disbursement's entry in the inbox. */
  @ApplicationScoped
  public static class Catalogue implements TaskCatalogue {
    @Override
    public List<DisbursementTasks> taskTypes() {
      return List.of(values());
    }
  }
}
