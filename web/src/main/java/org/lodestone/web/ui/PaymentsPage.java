package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.application.MilestoneService;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardDocument;
import org.lodestone.award.domain.DocumentPurpose;
import org.lodestone.award.domain.Milestone;
import org.lodestone.award.domain.MilestoneStatus;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.domain.Certifications;
import org.lodestone.disbursement.domain.CostLine;
import org.lodestone.disbursement.domain.Hold;
import org.lodestone.disbursement.domain.PaymentClaim;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.disbursement.domain.PaymentType;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.ledger.domain.LedgerEntry;
import org.lodestone.ledger.domain.LedgerEntryType;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.PdfUpload;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Subject;
import org.lodestone.shared.SubjectKind;
import org.lodestone.workflow.disbursement.DisbursementTasks;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * An award's milestones and payments: which milestones are payable now and, for the others, why
 * not; the recipient's milestone reports and payment requests; the engineer's and the program
 * officer's milestone work; holds; and the ledger with a chart of drawdown against the milestone
 * plan.
 */
@Named
@ViewScoped
public class PaymentsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int COST_ROWS = 4;

  @Inject private transient AwardService awards;
  @Inject private transient MilestoneService milestones;
  @Inject private transient DisbursementService disbursements;
  @Inject private transient WorkInbox inbox;
  @Inject private transient org.lodestone.shared.ProgramClock clock;

  private Long id;
  private Long milestone;
  private transient Award award;
  private transient Map<Long, List<String>> payability;
  private transient List<PaymentRequest> requests;
  private transient List<Hold> holds;
  private transient List<LedgerEntry> ledger;
  private transient List<AwardDocument> documents;
  private transient List<WorkItem> work;

  // the milestone report
  private Long reportMilestone;
  private String summary;
  private final List<Long> reportDocuments = new ArrayList<>();

  // the payment request; the key stays until a request is made, so a double submit makes one
  private String idempotencyKey = UUID.randomUUID().toString();
  private PaymentType type = PaymentType.MILESTONE;
  private Long requestMilestone;
  private BigDecimal amount;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private final List<ApplicationForm.BudgetRow> costs = new ArrayList<>();
  private BigDecimal costShareCash;
  private BigDecimal costShareInKind;
  private DocumentPurpose evidencePurpose = DocumentPurpose.PAYMENT_REQUEST;
  private final List<Long> requestDocuments = new ArrayList<>();
  private boolean costsAllowable;
  private boolean feocOwnershipUnchanged;
  private boolean buyAmerica;
  private boolean davisBacon;

  // officer and engineer work
  private String reason;
  private String holdReason;

  public PaymentsPage() {
    for (int i = 0; i < COST_ROWS; i++) {
      costs.add(new ApplicationForm.BudgetRow());
    }
  }

  public void load() {
    work = null;
    try {
      if (id == null && milestone != null) {
        id = milestones.awardOf(milestone);
      }
      award = id == null ? null : awards.get(id);
    } catch (NotFoundException e) {
      award = null;
    }
    if (award == null) {
      return;
    }
    payability = disbursements.payability(id);
    requests = disbursements.ofAward(id);
    holds = disbursements.holds(id);
    ledger = awards.ledger(id);
    documents = awards.documents(id);
  }

  public Award getAward() {
    return award;
  }

  public List<Milestone> getMilestones() {
    return award == null ? List.of() : award.milestones();
  }

  /** Why a milestone cannot be paid now (empty when it can). */
  public List<String> reasons(Milestone m) {
    return payability.getOrDefault(m.id(), List.of());
  }

  public List<Milestone> getReportable() {
    return getMilestones().stream()
        .filter(
            m -> m.status() == MilestoneStatus.PLANNED || m.status() == MilestoneStatus.RETURNED)
        .toList();
  }

  public boolean isMine() {
    return award != null && awards.isRecipient(award);
  }

  public List<PaymentRequest> getRequests() {
    return requests;
  }

  public List<Hold> getHolds() {
    return holds;
  }

  public List<Hold> getActiveHolds() {
    return holds == null ? List.of() : holds.stream().filter(Hold::active).toList();
  }

  public List<LedgerEntry> getLedger() {
    return ledger;
  }

  public List<AwardDocument> getEvidence() {
    return documents == null
        ? List.of()
        : documents.stream()
            .filter(d -> DisbursementService.EVIDENCE.contains(d.purpose()))
            .toList();
  }

  public Money getDisbursed() {
    return ledger == null || ledger.isEmpty()
        ? Money.ZERO
        : ledger.get(ledger.size() - 1).disbursedAfter();
  }

  /** The caller's open milestone work on this award (certification, acceptance). */
  public List<WorkItem> getWork() {
    if (work == null) {
      work = new ArrayList<>();
      if (award != null) {
        for (Milestone m : award.milestones()) {
          work.addAll(
              inbox.openWorkOn(
                  Subject.of(SubjectKind.MILESTONE, m.id(), award.number() + "/M" + m.position())));
        }
      }
    }
    return work;
  }

  public Milestone milestoneOf(WorkItem item) {
    return award.milestone(item.subject().id());
  }

  public String blockingPermits(Milestone m) {
    return String.join("; ", milestones.blockingPermits(m));
  }

  public String decideMilestone(WorkItem item, boolean yes) {
    boolean certification = item.type() == DisbursementTasks.CERTIFY_MILESTONE;
    var command =
        certification
            ? new DisbursementTasks.CertifyMilestone(
                yes
                    ? DisbursementTasks.CertificationDecision.CERTIFY
                    : DisbursementTasks.CertificationDecision.RETURN,
                reason)
            : new DisbursementTasks.AcceptMilestone(
                yes
                    ? DisbursementTasks.AcceptanceDecision.ACCEPT
                    : DisbursementTasks.AcceptanceDecision.RETURN,
                reason);
    if (!Messages.attempt(() -> inbox.complete(item.id(), command), "work")) {
      return null;
    }
    return done(
        !yes
            ? "Milestone returned to the recipient."
            : certification
                ? "Milestone certified; the program officer accepts it next."
                : "Milestone accepted: its payment can be requested.");
  }

  private String done(String message) {
    Messages.info(message);
    return "/app/payments.xhtml?faces-redirect=true&award=" + id;
  }

  public void uploadReportDocument(FileUploadEvent event) {
    upload(event, DocumentPurpose.MILESTONE, reportDocuments, "report");
  }

  public void uploadRequestDocument(FileUploadEvent event) {
    upload(event, evidencePurpose, requestDocuments, "request");
  }

  private void upload(
      FileUploadEvent event, DocumentPurpose purpose, List<Long> into, String form) {
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes(PdfUpload.MAX_BYTES + 1);
      Messages.attempt(
          () -> {
            AwardDocument d = awards.attach(id, purpose, file.getFileName(), content);
            into.add(d.id());
            documents = awards.documents(id);
            Messages.info(d.fileName() + " uploaded.");
          },
          form);
    } catch (IOException e) {
      Messages.error("The file could not be read: " + e.getMessage());
    }
  }

  public List<AwardDocument> getReportUploads() {
    return uploads(reportDocuments);
  }

  public List<AwardDocument> getRequestUploads() {
    return uploads(requestDocuments);
  }

  private List<AwardDocument> uploads(List<Long> ids) {
    return documents == null
        ? List.of()
        : documents.stream().filter(d -> ids.contains(d.id())).toList();
  }

  public String report() {
    if (reportMilestone == null) {
      Messages.show(
          new RuleViolationException("reportMilestone", "is required: choose the milestone"),
          "report");
      return null;
    }
    if (!Messages.attempt(
        () -> milestones.report(reportMilestone, summary, reportDocuments), "report")) {
      return null;
    }
    return done("Milestone reported complete; it is reviewed next.");
  }

  public String request() {
    List<org.lodestone.shared.Violation> v = new ArrayList<>();
    List<CostLine> lines = new ArrayList<>();
    for (int i = 0; i < costs.size(); i++) {
      ApplicationForm.BudgetRow row = costs.get(i);
      if (row.getCategory() == null && row.getAmount() == null) {
        continue;
      }
      lines.add(
          new CostLine(row.getCategory(), money(v, "costs:" + i + ":costAmount", row.getAmount())));
    }
    PaymentClaim claim =
        new PaymentClaim(
            type,
            type == PaymentType.MILESTONE ? requestMilestone : null,
            money(v, "amount", amount),
            type == PaymentType.REIMBURSEMENT ? periodStart : null,
            type == PaymentType.REIMBURSEMENT ? periodEnd : null,
            lines,
            money(v, "costShareCash", costShareCash),
            money(v, "costShareInKind", costShareInKind),
            new TreeSet<>(requestDocuments),
            new Certifications(costsAllowable, feocOwnershipUnchanged, buyAmerica, davisBacon));
    if (!v.isEmpty()) {
      Messages.show(new RuleViolationException(v), "request");
      return null;
    }
    PaymentRequest[] made = new PaymentRequest[1];
    if (!Messages.attempt(
        () -> made[0] = disbursements.request(id, claim, idempotencyKey).request(), "request")) {
      return null;
    }
    idempotencyKey = UUID.randomUUID().toString();
    Messages.info(
        "Payment request "
            + made[0].number()
            + " submitted; the program officer approves it first.");
    return "/app/payment-request.xhtml?faces-redirect=true&id=" + made[0].id();
  }

  private static Money money(
      List<org.lodestone.shared.Violation> v, String field, BigDecimal value) {
    if (value == null) {
      return null;
    }
    if (!Money.isCents(value)) {
      v.add(
          new org.lodestone.shared.Violation(field, "must be in dollars with at most 2 decimals"));
      return null;
    }
    return Money.of(value);
  }

  public String placeHold() {
    if (!Messages.attempt(() -> disbursements.placeHold(id, holdReason), "holds")) {
      return null;
    }
    return done("Payments held: nothing is released until the hold is lifted.");
  }

  public String liftHold(Hold hold) {
    if (!Messages.attempt(() -> disbursements.liftHold(id, hold.id(), holdReason), "holds")) {
      return null;
    }
    return done("Hold lifted; payments waiting for it continue.");
  }

  // the drawdown chart: cumulative milestone plan and disbursements over the period of performance

  private static final int WIDTH = 640;
  private static final int HEIGHT = 200;

  private double x(LocalDate day) {
    long all = Math.max(1, ChronoUnit.DAYS.between(award.start(), award.end()));
    long at = Math.min(all, Math.max(0, ChronoUnit.DAYS.between(award.start(), day)));
    return 40 + (WIDTH - 50) * (double) at / all;
  }

  private double y(Money amount) {
    BigDecimal top = award.obligatedAmount().amount();
    if (top.signum() == 0) {
      return HEIGHT;
    }
    return 10
        + (HEIGHT - 20)
            * (1 - amount.amount().divide(top, 6, java.math.RoundingMode.HALF_UP).doubleValue());
  }

  /** The milestone plan as an SVG step path: payments accumulated at their due dates. */
  public String getPlanPath() {
    if (award == null || award.start() == null || award.end() == null) {
      return "";
    }
    StringBuilder path =
        new StringBuilder(String.format("M%.1f %.1f", x(award.start()), y(Money.ZERO)));
    Money sum = Money.ZERO;
    for (Milestone m :
        award.milestones().stream()
            .filter(m -> m.dueDate() != null)
            .sorted(java.util.Comparator.comparing(Milestone::dueDate))
            .toList()) {
      path.append(String.format(" H%.1f", x(m.dueDate())));
      sum = sum.plus(m.amount());
      path.append(String.format(" V%.1f", y(sum)));
    }
    return path.append(String.format(" H%.1f", x(award.end()))).toString();
  }

  /** What was disbursed, net of recoveries, as an SVG step path up to today. */
  public String getDrawnPath() {
    if (award == null || award.start() == null || award.end() == null) {
      return "";
    }
    StringBuilder path =
        new StringBuilder(String.format("M%.1f %.1f", x(award.start()), y(Money.ZERO)));
    for (LedgerEntry e : ledger) {
      if (e.type() == LedgerEntryType.DISBURSEMENT || e.type() == LedgerEntryType.RECOVERY) {
        LocalDate day = clock.dateOf(e.at());
        path.append(String.format(" H%.1f V%.1f", x(day), y(e.disbursedAfter())));
      }
    }
    return path.toString();
  }

  /** The top of the chart's scale, the obligation, in millions. */
  public String getTopLabel() {
    return "$"
        + award
            .obligatedAmount()
            .amount()
            .movePointLeft(6)
            .setScale(1, java.math.RoundingMode.HALF_UP)
        + "M";
  }

  public boolean isChartable() {
    return award != null
        && award.start() != null
        && award.end() != null
        && award.obligatedAmount().signum() > 0;
  }

  public PaymentType[] getTypes() {
    return PaymentType.values();
  }

  public BudgetCategory[] getCategories() {
    return BudgetCategory.values();
  }

  public List<DocumentPurpose> getEvidencePurposes() {
    return List.of(DocumentPurpose.PAYMENT_REQUEST, DocumentPurpose.PAYROLL);
  }

  // getters and setters for the forms

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getMilestone() {
    return milestone;
  }

  public void setMilestone(Long milestone) {
    this.milestone = milestone;
  }

  public Long getReportMilestone() {
    return reportMilestone;
  }

  public void setReportMilestone(Long reportMilestone) {
    this.reportMilestone = reportMilestone;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public PaymentType getType() {
    return type;
  }

  public void setType(PaymentType type) {
    this.type = type;
  }

  public Long getRequestMilestone() {
    return requestMilestone;
  }

  public void setRequestMilestone(Long requestMilestone) {
    this.requestMilestone = requestMilestone;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public List<ApplicationForm.BudgetRow> getCosts() {
    return costs;
  }

  public BigDecimal getCostShareCash() {
    return costShareCash;
  }

  public void setCostShareCash(BigDecimal costShareCash) {
    this.costShareCash = costShareCash;
  }

  public BigDecimal getCostShareInKind() {
    return costShareInKind;
  }

  public void setCostShareInKind(BigDecimal costShareInKind) {
    this.costShareInKind = costShareInKind;
  }

  public DocumentPurpose getEvidencePurpose() {
    return evidencePurpose;
  }

  public void setEvidencePurpose(DocumentPurpose evidencePurpose) {
    this.evidencePurpose = evidencePurpose;
  }

  public boolean isCostsAllowable() {
    return costsAllowable;
  }

  public void setCostsAllowable(boolean costsAllowable) {
    this.costsAllowable = costsAllowable;
  }

  public boolean isFeocOwnershipUnchanged() {
    return feocOwnershipUnchanged;
  }

  public void setFeocOwnershipUnchanged(boolean feocOwnershipUnchanged) {
    this.feocOwnershipUnchanged = feocOwnershipUnchanged;
  }

  public boolean isBuyAmerica() {
    return buyAmerica;
  }

  public void setBuyAmerica(boolean buyAmerica) {
    this.buyAmerica = buyAmerica;
  }

  public boolean isDavisBacon() {
    return davisBacon;
  }

  public void setDavisBacon(boolean davisBacon) {
    this.davisBacon = davisBacon;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getHoldReason() {
    return holdReason;
  }

  public void setHoldReason(String holdReason) {
    this.holdReason = holdReason;
  }
}
