package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.AmendmentType;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.award.domain.AwardTerms;
import org.lodestone.award.domain.BudgetPeriodTerms;
import org.lodestone.award.domain.MilestoneTerms;
import org.lodestone.award.domain.PaymentMethod;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.Violation;
import org.lodestone.workflow.award.AwardTasks;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/**
 * The terms editor: the program officer negotiates a draft's terms (saved as a draft, then sent for
 * signature), or anyone who may ask for an amendment of an active award proposes changed terms.
 * Running totals and every rule the terms still break are shown as they are typed.
 */
@Named
@ViewScoped
public class AwardTermsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AwardService awards;
  @Inject private transient WorkInbox inbox;

  private Long id;
  private boolean amend;
  private long version;
  private transient Award award;
  private transient List<Permit> permits;

  private BigDecimal obligatedAmount;
  private BigDecimal costSharePercent;
  private LocalDate start;
  private LocalDate end;
  private PaymentMethod paymentMethod;
  private BigDecimal maximumMonthlyDraw;
  private final List<PeriodRow> periods = new ArrayList<>();
  private final List<MilestoneRow> milestones = new ArrayList<>();
  private AmendmentType amendmentType;
  private String amendmentReason;

  /** A budget period as edited. */
  public static class PeriodRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate start;
    private LocalDate end;
    private BigDecimal amount;

    public LocalDate getStart() {
      return start;
    }

    public void setStart(LocalDate start) {
      this.start = start;
    }

    public LocalDate getEnd() {
      return end;
    }

    public void setEnd(LocalDate end) {
      this.end = end;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  /** A milestone as edited. */
  public static class MilestoneRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private String title;
    private String deliverable;
    private Integer budgetPeriod = 1;
    private LocalDate dueDate;
    private BigDecimal amount;
    private List<Long> permitIds = new ArrayList<>();
    private boolean engineerCertification;

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getDeliverable() {
      return deliverable;
    }

    public void setDeliverable(String deliverable) {
      this.deliverable = deliverable;
    }

    public Integer getBudgetPeriod() {
      return budgetPeriod;
    }

    public void setBudgetPeriod(Integer budgetPeriod) {
      this.budgetPeriod = budgetPeriod;
    }

    public LocalDate getDueDate() {
      return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
      this.dueDate = dueDate;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }

    public List<Long> getPermitIds() {
      return permitIds;
    }

    public void setPermitIds(List<Long> permitIds) {
      this.permitIds = permitIds == null ? new ArrayList<>() : new ArrayList<>(permitIds);
    }

    public boolean isEngineerCertification() {
      return engineerCertification;
    }

    public void setEngineerCertification(boolean engineerCertification) {
      this.engineerCertification = engineerCertification;
    }
  }

  public void load() {
    try {
      award = id == null ? null : awards.get(id);
    } catch (NotFoundException e) {
      award = null;
    }
    if (award == null) {
      return;
    }
    permits = awards.permits(id);
    if (!periods.isEmpty() || !milestones.isEmpty() || obligatedAmount != null) {
      return;
    }
    version = award.version();
    AwardTerms t = award.terms();
    obligatedAmount = t.obligatedAmount() == null ? null : t.obligatedAmount().amount();
    costSharePercent = t.costSharePercent();
    start = t.start();
    end = t.end();
    paymentMethod = t.paymentMethod();
    maximumMonthlyDraw = t.maximumMonthlyDraw() == null ? null : t.maximumMonthlyDraw().amount();
    for (BudgetPeriodTerms p : t.budgetPeriods()) {
      PeriodRow row = new PeriodRow();
      row.start = p.start();
      row.end = p.end();
      row.amount = p.amount() == null ? null : p.amount().amount();
      periods.add(row);
    }
    for (MilestoneTerms m : t.milestones()) {
      MilestoneRow row = new MilestoneRow();
      row.id = m.id();
      row.title = m.title();
      row.deliverable = m.deliverable();
      row.budgetPeriod = m.budgetPeriod();
      row.dueDate = m.dueDate();
      row.amount = m.amount() == null ? null : m.amount().amount();
      row.permitIds = new ArrayList<>(m.permitIds());
      row.engineerCertification = m.engineerCertification();
      milestones.add(row);
    }
  }

  /** The terms as they stand in the form. */
  public AwardTerms terms() {
    List<BudgetPeriodTerms> p = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      PeriodRow r = periods.get(i);
      p.add(new BudgetPeriodTerms(i + 1, r.start, r.end, money(r.amount)));
    }
    List<MilestoneTerms> m = new ArrayList<>();
    for (MilestoneRow r : milestones) {
      m.add(
          new MilestoneTerms(
              r.id,
              r.title == null ? null : r.title.strip(),
              r.deliverable == null || r.deliverable.isBlank() ? null : r.deliverable.strip(),
              r.budgetPeriod == null ? 0 : r.budgetPeriod,
              r.dueDate,
              money(r.amount),
              r.permitIds,
              r.engineerCertification));
    }
    return new AwardTerms(
        money(obligatedAmount),
        costSharePercent,
        start,
        end,
        paymentMethod,
        money(maximumMonthlyDraw),
        p,
        m);
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? null : Money.of(amount.setScale(2, java.math.RoundingMode.HALF_UP));
  }

  /** Every rule the terms in the form break now. */
  public List<Violation> getViolations() {
    return award == null ? List.of() : awards.check(award, terms());
  }

  public Money getPeriodsTotal() {
    return periods.stream()
        .map(r -> money(r.amount))
        .filter(java.util.Objects::nonNull)
        .reduce(Money.ZERO, Money::plus);
  }

  public Money milestoneTotal(int period) {
    return milestones.stream()
        .filter(r -> r.budgetPeriod != null && r.budgetPeriod == period)
        .map(r -> money(r.amount))
        .filter(java.util.Objects::nonNull)
        .reduce(Money.ZERO, Money::plus);
  }

  public Money getFundsAvailable() {
    return award == null ? null : awards.fundsAvailableFor(award);
  }

  public void addPeriod() {
    PeriodRow row = new PeriodRow();
    if (!periods.isEmpty() && periods.get(periods.size() - 1).end != null) {
      row.start = periods.get(periods.size() - 1).end.plusDays(1);
    }
    periods.add(row);
  }

  public void removePeriod(PeriodRow row) {
    periods.remove(row);
  }

  public void addMilestone() {
    milestones.add(new MilestoneRow());
  }

  public void removeMilestone(MilestoneRow row) {
    milestones.remove(row);
  }

  /** Saves the draft's terms; rules they still break are listed, to be met before sending. */
  public String save() {
    store();
    return null;
  }

  private boolean store() {
    boolean saved =
        Messages.attempt(
            () -> {
              Award revised = awards.revise(id, version, terms());
              version = revised.version();
              award = revised;
            },
            "form");
    if (saved) {
      Messages.info("Terms saved.");
    }
    return saved;
  }

  /** Saves the terms and sends them for signature (PREPARE_AWARD). */
  public String send() {
    if (!store()) {
      return null;
    }
    WorkItem task =
        inbox.openWorkOn(award.subject()).stream()
            .filter(w -> w.type() == AwardTasks.PREPARE_AWARD)
            .findFirst()
            .orElse(null);
    if (task == null) {
      Messages.error("The terms are not yours to send for signature.");
      return null;
    }
    if (!Messages.attempt(() -> inbox.complete(task.id(), new AwardTasks.PrepareAward()), "form")) {
      return null;
    }
    Messages.info("Award " + award.number() + " sent to the selecting official for signature.");
    return "/app/award.xhtml?faces-redirect=true&id=" + id;
  }

  /** Asks for an amendment with the terms in the form. */
  public String requestAmendment() {
    if (!Messages.attempt(
        () -> awards.requestAmendment(id, amendmentType, amendmentReason, terms()), "form")) {
      return null;
    }
    Messages.info("Amendment requested; the selecting official will decide.");
    return "/app/award.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean isEditable() {
    return award != null
        && (amend
            ? award.status() == AwardStatus.ACTIVE || award.status() == AwardStatus.SUSPENDED
            : award.status() == AwardStatus.DRAFT);
  }

  public Award getAward() {
    return award;
  }

  public List<Permit> getPermits() {
    return permits;
  }

  public List<Integer> getPeriodNumbers() {
    List<Integer> n = new ArrayList<>();
    for (int i = 1; i <= Math.max(1, periods.size()); i++) {
      n.add(i);
    }
    return n;
  }

  public PaymentMethod[] getPaymentMethods() {
    return PaymentMethod.values();
  }

  public AmendmentType[] getAmendmentTypes() {
    return AmendmentType.values();
  }

  public List<PeriodRow> getPeriods() {
    return periods;
  }

  public List<MilestoneRow> getMilestones() {
    return milestones;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isAmend() {
    return amend;
  }

  public void setAmend(boolean amend) {
    this.amend = amend;
  }

  public BigDecimal getObligatedAmount() {
    return obligatedAmount;
  }

  public void setObligatedAmount(BigDecimal obligatedAmount) {
    this.obligatedAmount = obligatedAmount;
  }

  public BigDecimal getCostSharePercent() {
    return costSharePercent;
  }

  public void setCostSharePercent(BigDecimal costSharePercent) {
    this.costSharePercent = costSharePercent;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }

  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  public void setPaymentMethod(PaymentMethod paymentMethod) {
    this.paymentMethod = paymentMethod;
  }

  public BigDecimal getMaximumMonthlyDraw() {
    return maximumMonthlyDraw;
  }

  public void setMaximumMonthlyDraw(BigDecimal maximumMonthlyDraw) {
    this.maximumMonthlyDraw = maximumMonthlyDraw;
  }

  public AmendmentType getAmendmentType() {
    return amendmentType;
  }

  public void setAmendmentType(AmendmentType amendmentType) {
    this.amendmentType = amendmentType;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public void setAmendmentReason(String amendmentReason) {
    this.amendmentReason = amendmentReason;
  }
}
