package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Amendment;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardDocument;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.award.domain.AwardVersion;
import org.lodestone.award.domain.BudgetPeriod;
import org.lodestone.award.domain.ConditionEffect;
import org.lodestone.award.domain.ConditionTerms;
import org.lodestone.award.domain.DocumentPurpose;
import org.lodestone.award.domain.Milestone;
import org.lodestone.award.domain.SpecialCondition;
import org.lodestone.award.domain.TermsJson;
import org.lodestone.intake.domain.Application;
import org.lodestone.ledger.domain.LedgerEntry;
import org.lodestone.organization.domain.Organization;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.PdfUpload;
import org.lodestone.shared.Subject;
import org.lodestone.shared.SubjectKind;
import org.lodestone.shared.Violation;
import org.lodestone.workflow.award.AwardTasks;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * An award for every role: status, terms, budget periods, milestones and the permits they wait for,
 * conditions, versions with their differences, the ledger and the letter; and the caller's own work
 * on it (signature, acceptance, go/no-go, cures, amendments), done here.
 */
@Named
@ViewScoped
public class AwardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AwardService awards;
  @Inject private transient WorkInbox inbox;
  @Inject private transient org.lodestone.reporting.application.ReportService reportService;
  @Inject private transient org.lodestone.shared.ProgramClock clock;

  private Long id;
  private Long condition;
  private Long amendment;
  private transient Award award;
  private transient List<LedgerEntry> ledger;
  private transient List<Permit> permits;
  private transient List<org.lodestone.reporting.domain.RecipientReport> reports;
  private transient List<WorkItem> work;

  // what the forms hold
  private String reason;
  private boolean feocCertified;
  private ConditionEffect effect;
  private String conditionReason;
  private String cure;
  private LocalDate deadline;
  private Long cureCondition;
  private String cureExplanation;
  private final List<Long> cureDocuments = new ArrayList<>();
  private Long extendCondition;
  private LocalDate newDeadline;
  private String officerReason;
  private transient List<AwardDocument> documents;

  public void load() {
    work = null;
    try {
      if (id == null && condition != null) {
        id = awards.conditionAward(condition);
      }
      if (id == null && amendment != null) {
        id = awards.amendmentAward(amendment);
      }
      award = id == null ? null : awards.get(id);
    } catch (NotFoundException e) {
      award = null;
    }
    if (award != null) {
      ledger = awards.ledger(id);
      permits = awards.permits(id);
      documents = awards.documents(id);
      reports = reportService.ofAward(id);
    }
  }

  /** The reports the recipient owes on the award, quarterly then final. */
  public List<org.lodestone.reporting.domain.RecipientReport> getReports() {
    return reports;
  }

  public boolean late(org.lodestone.reporting.domain.RecipientReport r) {
    return r.late(clock.today());
  }

  /** The caller's open work on this award, its conditions and its amendments. */
  public List<WorkItem> getWork() {
    if (award == null) {
      return List.of();
    }
    if (work != null) {
      return work;
    }
    work = new ArrayList<>(inbox.openWorkOn(award.subject()));
    for (SpecialCondition c : award.conditions()) {
      work.addAll(inbox.openWorkOn(Subject.of(SubjectKind.CONDITION, c.id(), c.number())));
    }
    for (Amendment a : award.amendments()) {
      work.addAll(inbox.openWorkOn(Subject.of(SubjectKind.AMENDMENT, a.id(), a.number())));
    }
    return work;
  }

  public Optional<WorkItem> work(AwardTasks type) {
    return getWork().stream().filter(w -> w.type() == type).findFirst();
  }

  public WorkItem getSignTask() {
    return work(AwardTasks.SIGN_AWARD).orElse(null);
  }

  public WorkItem getAcceptTask() {
    return work(AwardTasks.ACCEPT_AWARD).orElse(null);
  }

  public WorkItem getGoNoGoTask() {
    return work(AwardTasks.GO_NO_GO).orElse(null);
  }

  public WorkItem getPrepareTask() {
    return work(AwardTasks.PREPARE_AWARD).orElse(null);
  }

  public List<WorkItem> getCureReviews() {
    return getWork().stream().filter(w -> w.type() == AwardTasks.REVIEW_CURE).toList();
  }

  public List<WorkItem> getAmendmentDecisions() {
    return getWork().stream().filter(w -> w.type() == AwardTasks.APPROVE_AMENDMENT).toList();
  }

  /** Completes a task of the caller's; on success the page is shown afresh with the outcome. */
  private String complete(WorkItem item, TaskCommand command, String done) {
    if (item == null || !Messages.attempt(() -> inbox.complete(item.id(), command), "actions")) {
      return null;
    }
    return done(done);
  }

  private String done(String message) {
    Messages.info(message);
    return "/app/award.xhtml?faces-redirect=true&id=" + id;
  }

  public String sign(boolean approve) {
    return complete(
        getSignTask(),
        new AwardTasks.SignAward(
            approve ? AwardTasks.SignatureDecision.APPROVE : AwardTasks.SignatureDecision.RETURN,
            reason),
        approve
            ? "Award signed and offered to the recipient."
            : "Terms returned to the program officer.");
  }

  public String respond(boolean accept) {
    return complete(
        getAcceptTask(),
        new AwardTasks.AcceptAward(
            accept ? AwardTasks.AcceptanceDecision.ACCEPT : AwardTasks.AcceptanceDecision.DECLINE,
            feocCertified,
            reason),
        accept ? "Award accepted: the funds are obligated." : "Award declined.");
  }

  public String goNoGo(boolean go) {
    return complete(
        getGoNoGoTask(),
        new AwardTasks.GoNoGo(go ? AwardTasks.GoDecision.GO : AwardTasks.GoDecision.NO_GO, reason),
        go
            ? "GO recorded: the next budget period is authorized."
            : "NO_GO recorded: the award ends.");
  }

  public String reviewCure(WorkItem item, boolean remove) {
    return complete(
        item,
        new AwardTasks.ReviewCure(
            remove ? AwardTasks.CureDecision.REMOVE : AwardTasks.CureDecision.KEEP, reason),
        remove ? "Condition removed." : "Condition kept.");
  }

  public String decideAmendment(WorkItem item, boolean approve) {
    return complete(
        item,
        new AwardTasks.DecideAmendment(
            approve ? AwardTasks.AmendmentDecision.APPROVE : AwardTasks.AmendmentDecision.REJECT,
            reason),
        approve ? "Amendment approved: the terms have a new version." : "Amendment rejected.");
  }

  public String impose() {
    if (!Messages.attempt(
        () -> awards.impose(id, new ConditionTerms(effect, conditionReason, cure, deadline)),
        "condition")) {
      return null;
    }
    return done("Special condition placed; the recipient has been told.");
  }

  public String submitCure() {
    if (cureCondition == null
        || !Messages.attempt(
            () -> awards.submitCure(cureCondition, cureExplanation, cureDocuments), "cure")) {
      return null;
    }
    return done("Cure submitted; the program officer will review it.");
  }

  /** What an amendment awaiting a decision would change. */
  public List<Map<String, String>> proposed(WorkItem item) {
    Amendment a = award.amendment(item.subject().id());
    return TermsJson.diff(award.terms(), a.proposedTerms());
  }

  public Amendment amendmentOf(WorkItem item) {
    return award.amendment(item.subject().id());
  }

  public SpecialCondition conditionOf(WorkItem item) {
    return award.condition(item.subject().id());
  }

  public String extend() {
    if (extendCondition == null
        || !Messages.attempt(
            () -> awards.extendCondition(extendCondition, newDeadline, officerReason), "officer")) {
      return null;
    }
    return done("Deadline extended; the condition waits for the cure until " + newDeadline + ".");
  }

  public String suspend() {
    if (!Messages.attempt(() -> awards.suspend(id, officerReason), "officer")) {
      return null;
    }
    return done("Award suspended; the recipient has been told.");
  }

  public String reinstate() {
    if (!Messages.attempt(() -> awards.reinstate(id, officerReason), "officer")) {
      return null;
    }
    return done("Award reinstated.");
  }

  public Long getExtendCondition() {
    return extendCondition;
  }

  public void setExtendCondition(Long extendCondition) {
    this.extendCondition = extendCondition;
  }

  public LocalDate getNewDeadline() {
    return newDeadline;
  }

  public void setNewDeadline(LocalDate newDeadline) {
    this.newDeadline = newDeadline;
  }

  public String getOfficerReason() {
    return officerReason;
  }

  public void setOfficerReason(String officerReason) {
    this.officerReason = officerReason;
  }

  /** A document for the cure being written, uploaded at once and named in the cure. */
  public void uploadCureDocument(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes(PdfUpload.MAX_BYTES + 1);
      Messages.attempt(
          () -> {
            AwardDocument d = awards.attach(id, DocumentPurpose.CURE, file.getFileName(), content);
            cureDocuments.add(d.id());
            documents = awards.documents(id);
            Messages.info(d.fileName() + " uploaded; it goes with the cure you submit.");
          },
          "cure");
    } catch (IOException e) {
      Messages.error("The file could not be read: " + e.getMessage());
    }
  }

  public List<AwardDocument> getDocuments() {
    return documents;
  }

  public List<AwardDocument> getCureUploads() {
    return documents == null
        ? List.of()
        : documents.stream().filter(d -> cureDocuments.contains(d.id())).toList();
  }

  public Award getAward() {
    return award;
  }

  public Organization getRecipient() {
    return award == null ? null : awards.recipient(award);
  }

  public Application getApplication() {
    return award == null ? null : awards.application(award);
  }

  public List<LedgerEntry> getLedger() {
    return ledger;
  }

  public List<Permit> getPermits() {
    return permits;
  }

  public String permitNames(Milestone m) {
    List<String> names = new ArrayList<>();
    for (Permit p : permits) {
      if (m.permitIds().contains(p.id())) {
        names.add(p.name() + " (" + p.status().name().toLowerCase() + ")");
      }
    }
    return names.isEmpty() ? "—" : String.join("; ", names);
  }

  /** The permits a milestone still waits for: it cannot be accepted or paid until they complete. */
  public boolean blocked(Milestone m) {
    return permits.stream().anyMatch(p -> m.permitIds().contains(p.id()) && !p.complete());
  }

  public Money getDisbursed() {
    return ledger == null || ledger.isEmpty()
        ? Money.ZERO
        : ledger.get(ledger.size() - 1).disbursedAfter();
  }

  public Money getFundsAvailable() {
    return award == null ? null : awards.fundsAvailableFor(award);
  }

  public List<Violation> getTermsViolations() {
    return award == null || award.status() != AwardStatus.DRAFT
        ? List.of()
        : awards.termsViolations(award);
  }

  /** A budget period's share of the period of performance, in percent of its days. */
  public long share(BudgetPeriod p) {
    long all = java.time.temporal.ChronoUnit.DAYS.between(award.start(), award.end()) + 1;
    long days = java.time.temporal.ChronoUnit.DAYS.between(p.start(), p.end()) + 1;
    return all <= 0 ? 0 : Math.max(1, Math.round(100.0 * days / all));
  }

  /** What has been disbursed, in percent of the obligation. */
  public long getDisbursedPercent() {
    if (award == null || award.obligatedAmount().signum() == 0) {
      return 0;
    }
    return getDisbursed()
        .amount()
        .multiply(java.math.BigDecimal.valueOf(100))
        .divide(award.obligatedAmount().amount(), 0, java.math.RoundingMode.DOWN)
        .longValue();
  }

  /** Planned milestone payments of a budget period. */
  public Money planned(BudgetPeriod p) {
    return award.milestones().stream()
        .filter(m -> m.budgetPeriod() == p.number())
        .map(Milestone::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  public List<SpecialCondition> getActiveConditions() {
    return award == null
        ? List.of()
        : award.conditions().stream().filter(SpecialCondition::active).toList();
  }

  /** A version of the terms with what changed from the one before it. */
  public record Version(
      AwardVersion version, Amendment amendment, List<Map<String, String>> diff) {}

  public List<Version> getVersions() {
    if (award == null) {
      return List.of();
    }
    List<Version> views = new ArrayList<>();
    AwardVersion previous = null;
    for (AwardVersion v : award.versions()) {
      views.add(
          new Version(
              v,
              v.amendmentId() == null ? null : award.amendment(v.amendmentId()),
              previous == null ? List.of() : TermsJson.diff(previous.terms(), v.terms())));
      previous = v;
    }
    return views;
  }

  public boolean isMine() {
    return award != null && awards.isRecipient(award);
  }

  public ConditionEffect[] getEffects() {
    return ConditionEffect.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCondition() {
    return condition;
  }

  public void setCondition(Long condition) {
    this.condition = condition;
  }

  public Long getAmendment() {
    return amendment;
  }

  public void setAmendment(Long amendment) {
    this.amendment = amendment;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isFeocCertified() {
    return feocCertified;
  }

  public void setFeocCertified(boolean feocCertified) {
    this.feocCertified = feocCertified;
  }

  public ConditionEffect getEffect() {
    return effect;
  }

  public void setEffect(ConditionEffect effect) {
    this.effect = effect;
  }

  public String getConditionReason() {
    return conditionReason;
  }

  public void setConditionReason(String conditionReason) {
    this.conditionReason = conditionReason;
  }

  public String getCure() {
    return cure;
  }

  public void setCure(String cure) {
    this.cure = cure;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public Long getCureCondition() {
    return cureCondition;
  }

  public void setCureCondition(Long cureCondition) {
    this.cureCondition = cureCondition;
  }

  public String getCureExplanation() {
    return cureExplanation;
  }

  public void setCureExplanation(String cureExplanation) {
    this.cureExplanation = cureExplanation;
  }
}
