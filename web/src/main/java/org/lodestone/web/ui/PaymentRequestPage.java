package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardDocument;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.domain.Check;
import org.lodestone.disbursement.domain.PaymentClaim;
import org.lodestone.disbursement.domain.PaymentDecision;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.disbursement.domain.PaymentStatus;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.workflow.disbursement.DisbursementTasks;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/**
 * One payment request: its checks as they stand, costs, evidence with SHA-256, every approval, the
 * release; the approver's decision (approve, reduce, return, reject), the recipient's correction of
 * a returned request and a finance officer's recovery.
 */
@Named
@ViewScoped
public class PaymentRequestPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient DisbursementService disbursements;
  @Inject private transient AwardService awards;
  @Inject private transient WorkInbox inbox;

  private Long id;
  private transient PaymentRequest request;
  private transient Award award;
  private transient List<Check> checks;
  private transient List<AwardDocument> documents;
  private transient WorkItem work;

  private BigDecimal amount;
  private String reason;
  private BigDecimal costShareCash;

  public void load() {
    try {
      request = id == null ? null : disbursements.get(id);
    } catch (NotFoundException e) {
      request = null;
    }
    if (request == null) {
      return;
    }
    award = awards.get(request.awardId());
    checks = disbursements.checks(request);
    documents =
        awards.documents(award.id()).stream()
            .filter(d -> request.documentIds().contains(d.id()))
            .toList();
    work = inbox.openWorkOn(request.subject()).stream().findFirst().orElse(null);
    if (amount == null) {
      amount = request.approvedAmount().amount();
      costShareCash = request.costShareCash().amount();
    }
  }

  public String decide(String decision) {
    PaymentDecision d = PaymentDecision.valueOf(decision);
    Money approved;
    try {
      approved = d == PaymentDecision.APPROVE && amount != null ? Money.of(amount) : null;
    } catch (ArithmeticException e) {
      Messages.show(
          new RuleViolationException("amount", "must be in dollars with at most 2 decimals"),
          "decision");
      return null;
    }
    var command =
        new DisbursementTasks.DecidePayment(d, approved == null ? null : approved.amount(), reason);
    if (work == null || !Messages.attempt(() -> inbox.complete(work.id(), command), "decision")) {
      return null;
    }
    return done(
        switch (d) {
          case APPROVE -> "Approved " + (approved == null ? "" : approved.formatted()) + ".";
          case RETURN -> "Returned to the recipient for correction.";
          case REJECT -> "Payment request rejected.";
        });
  }

  /** The recipient's correction of a returned request: the amount and the cash cost share. */
  public String resubmit() {
    PaymentClaim was = request.claim();
    try {
      PaymentClaim corrected =
          new PaymentClaim(
              was.type(),
              was.milestoneId(),
              amount == null ? null : Money.of(amount),
              was.periodStart(),
              was.periodEnd(),
              was.costs(),
              costShareCash == null ? null : Money.of(costShareCash),
              was.costShareInKind(),
              was.documentIds(),
              was.certifications());
      if (!Messages.attempt(() -> disbursements.resubmit(id, corrected), "resubmission")) {
        return null;
      }
    } catch (ArithmeticException e) {
      Messages.show(
          new RuleViolationException("amount", "must be in dollars with at most 2 decimals"),
          "resubmission");
      return null;
    }
    return done("Corrected and resubmitted; the approvals start again.");
  }

  public String recover() {
    try {
      Money recovered = amount == null ? null : Money.of(amount);
      if (!Messages.attempt(() -> disbursements.recover(id, recovered, reason), "recovery")) {
        return null;
      }
    } catch (ArithmeticException e) {
      Messages.show(
          new RuleViolationException("amount", "must be in dollars with at most 2 decimals"),
          "recovery");
      return null;
    }
    return done("Recovery recorded in the ledger.");
  }

  private String done(String message) {
    Messages.info(message);
    return "/app/payment-request.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean isMine() {
    return award != null && awards.isRecipient(award);
  }

  public boolean isReturned() {
    return request != null && request.status() == PaymentStatus.RETURNED;
  }

  public String getNextStep() {
    return request == null
        ? null
        : disbursements.nextStep(request).map(s -> s.label()).orElse(null);
  }

  public LocalDate getDueBy() {
    return disbursements.dueBy(request);
  }

  public long getFailing() {
    return checks == null ? 0 : checks.stream().filter(c -> !c.passed()).count();
  }

  public PaymentRequest getRequest() {
    return request;
  }

  public Award getAward() {
    return award;
  }

  public List<Check> getChecks() {
    return checks;
  }

  public List<AwardDocument> getDocuments() {
    return documents;
  }

  public WorkItem getWork() {
    return work;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public BigDecimal getCostShareCash() {
    return costShareCash;
  }

  public void setCostShareCash(BigDecimal costShareCash) {
    this.costShareCash = costShareCash;
  }
}
