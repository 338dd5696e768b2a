package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.Mineral;
import org.lodestone.reporting.application.ReportService;
import org.lodestone.reporting.domain.FinancialReport;
import org.lodestone.reporting.domain.RecipientReport;
import org.lodestone.reporting.domain.ReportKind;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;
import org.lodestone.workflow.reporting.ReportTasks;

/**
 * One report: what it covers and when it is due; the recipient's progress report form (narrative,
 * milestones, permits, jobs, capacity built by mineral) or its SF-425 lines to certify; the program
 * officer's review; what was sent, certified and decided.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ReportService reports;
  @Inject private transient AwardService awards;
  @Inject private transient OpportunityService opportunities;
  @Inject private transient WorkInbox inbox;
  @Inject private transient ProgramClock clock;

  private Long id;
  private transient RecipientReport report;
  private transient Award award;
  private transient WorkItem work;
  private transient List<FinancialReport.Line> lines;

  private String narrative;
  private String milestoneStatus;
  private String permitStatus;
  private Integer jobs;
  private List<CapacityRow> capacity;
  private boolean certified;
  private String remarks;
  private String reason;

  /** One mineral of the project with the tonnes per year built so far. */
  public static class CapacityRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private BigDecimal tonnes;

    CapacityRow(String code, String name, BigDecimal tonnes) {
      this.code = code;
      this.name = name;
      this.tonnes = tonnes;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public BigDecimal getTonnes() {
      return tonnes;
    }

    public void setTonnes(BigDecimal tonnes) {
      this.tonnes = tonnes;
    }
  }

  public void load() {
    try {
      report = id == null ? null : reports.get(id);
    } catch (NotFoundException e) {
      report = null;
    }
    if (report == null) {
      return;
    }
    award = awards.get(report.awardId());
    work = inbox.openWorkOn(report.subject()).stream().findFirst().orElse(null);
    if (report.kind() == ReportKind.FINANCIAL && report.certifiedLines() == null) {
      lines = reports.linesOf(report).lines();
    }
    if (capacity == null) {
      prefill();
    }
  }

  /** The form starts from what was sent (a returned report) or is empty, one row per mineral. */
  private void prefill() {
    narrative = report.narrative();
    milestoneStatus = report.milestoneStatus();
    permitStatus = report.permitStatus();
    jobs = report.jobs();
    Map<String, String> names = new LinkedHashMap<>();
    opportunities.minerals().forEach(m -> names.put(m.code(), m.name()));
    capacity = new ArrayList<>();
    for (String code : awards.application(award).details().minerals()) {
      capacity.add(
          new CapacityRow(code, names.getOrDefault(code, code), report.capacity().get(code)));
    }
  }

  public String submit() {
    Map<String, BigDecimal> built = new LinkedHashMap<>();
    capacity.stream()
        .filter(r -> r.getTonnes() != null)
        .forEach(r -> built.put(r.getCode(), r.getTonnes()));
    return complete(
        new ReportTasks.SubmitProgressReport(narrative, milestoneStatus, permitStatus, jobs, built),
        "progress",
        "Progress report sent to the program officer.");
  }

  public String certify() {
    return complete(
        new ReportTasks.SubmitFinancialReport(certified, remarks),
        "certification",
        "Financial report certified.");
  }

  public String review(String decision) {
    ReportTasks.ReviewDecision d = ReportTasks.ReviewDecision.valueOf(decision);
    return complete(
        new ReportTasks.ReviewProgressReport(d, reason),
        "review",
        d == ReportTasks.ReviewDecision.ACCEPT
            ? "Progress report accepted."
            : "Progress report returned to the recipient.");
  }

  private String complete(TaskCommand command, String form, String message) {
    if (work == null || !Messages.attempt(() -> inbox.complete(work.id(), command), form)) {
      return null;
    }
    Messages.info(message);
    return "/app/report.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean isLate() {
    return report != null && report.late(clock.today());
  }

  public boolean isProgress() {
    return report != null && report.kind() == ReportKind.PROGRESS;
  }

  public boolean isSubmitting() {
    return work != null && work.type() != ReportTasks.REVIEW_PROGRESS_REPORT;
  }

  public boolean isReviewing() {
    return work != null && work.type() == ReportTasks.REVIEW_PROGRESS_REPORT;
  }

  /** The lines as certified, with the form's labels. */
  public List<FinancialReport.Line> getCertifiedLines() {
    if (report == null || report.certifiedLines() == null) {
      return List.of();
    }
    Map<String, String> stored = ReportService.certifiedLines(report);
    return reports.linesOf(report).lines().stream()
        .filter(l -> stored.containsKey(l.number()))
        .map(
            l ->
                new FinancialReport.Line(
                    l.number(),
                    l.label(),
                    org.lodestone.shared.Money.of(stored.get(l.number())),
                    l.total()))
        .toList();
  }

  /** The minerals' names for a sent report's capacity. */
  public String mineralName(String code) {
    return opportunities.minerals().stream()
        .filter(m -> m.code().equals(code))
        .map(Mineral::name)
        .findFirst()
        .orElse(code);
  }

  public List<Map.Entry<String, BigDecimal>> getSentCapacity() {
    return new ArrayList<>(new java.util.TreeMap<>(report.capacity()).entrySet());
  }

  public RecipientReport getReport() {
    return report;
  }

  public Award getAward() {
    return award;
  }

  public WorkItem getWork() {
    return work;
  }

  public List<FinancialReport.Line> getLines() {
    return lines;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String narrative) {
    this.narrative = narrative;
  }

  public String getMilestoneStatus() {
    return milestoneStatus;
  }

  public void setMilestoneStatus(String milestoneStatus) {
    this.milestoneStatus = milestoneStatus;
  }

  public String getPermitStatus() {
    return permitStatus;
  }

  public void setPermitStatus(String permitStatus) {
    this.permitStatus = permitStatus;
  }

  public Integer getJobs() {
    return jobs;
  }

  public void setJobs(Integer jobs) {
    this.jobs = jobs;
  }

  public List<CapacityRow> getCapacity() {
    return capacity;
  }

  public boolean isCertified() {
    return certified;
  }

  public void setCertified(boolean certified) {
    this.certified = certified;
  }

  public String getRemarks() {
    return remarks;
  }

  public void setRemarks(String remarks) {
    this.remarks = remarks;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
