package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.intake.domain.Attachment;
import org.lodestone.intake.domain.AttachmentKind;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.intake.domain.BudgetLine;
import org.lodestone.intake.domain.PermitType;
import org.lodestone.intake.domain.PlannedPermit;
import org.lodestone.intake.domain.ProjectStage;
import org.lodestone.intake.domain.Site;
import org.lodestone.intake.domain.UsGeography;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.Mineral;
import org.lodestone.program.domain.TopicArea;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The guided application form (a wizard). Every step forward saves the draft, so the applicant can
 * stop and resume later; a rule that refuses the step keeps the applicant on it with the message
 * beside the field, and everything typed stays.
 */
@Named
@ViewScoped
public class ApplicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ApplicationService applications;
  @Inject private transient OpportunityService opportunities;

  /** An editable permit row. */
  public static class PermitRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private PermitType type;
    private String agency;
    private LocalDate expectedDate;

    public PermitType getType() {
      return type;
    }

    public void setType(PermitType type) {
      this.type = type;
    }

    public String getAgency() {
      return agency;
    }

    public void setAgency(String agency) {
      this.agency = agency;
    }

    public LocalDate getExpectedDate() {
      return expectedDate;
    }

    public void setExpectedDate(LocalDate expectedDate) {
      this.expectedDate = expectedDate;
    }
  }

  /** An editable budget row. */
  public static class BudgetRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private BudgetCategory category;
    private BigDecimal amount;

    public BudgetCategory getCategory() {
      return category;
    }

    public void setCategory(BudgetCategory category) {
      this.category = category;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  private Long id;
  private Long opportunityId;
  private String number;
  private String title;
  private String summary;
  private TopicArea topicArea;
  private List<String> minerals = new ArrayList<>();
  private String siteState;
  private String siteCounty;
  private BigDecimal latitude;
  private BigDecimal longitude;
  private ProjectStage projectStage;
  private BigDecimal capacityTonnesPerYear;
  private Integer jobsCreated;
  private BigDecimal totalProjectCost;
  private BigDecimal federalAmountRequested;
  private BigDecimal costShareCash;
  private BigDecimal costShareInKind;
  private LocalDate startDate;
  private LocalDate endDate;
  private List<PermitRow> permits = new ArrayList<>();
  private List<BudgetRow> budget = new ArrayList<>();
  private boolean ownershipCertified;
  private long version;
  private boolean loaded;
  private boolean missing;
  private String statusReason;
  private AttachmentKind uploadKind = AttachmentKind.TECHNICAL_VOLUME;
  private transient List<Attachment> attachments;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null) {
      return;
    }
    Application a = applications.find(id).orElse(null);
    if (a == null || !a.status().editableByApplicant()) {
      missing = true;
      return;
    }
    fill(a);
  }

  /** Moving between steps saves the draft; a refusal keeps the applicant on the step. */
  public String onFlow(FlowEvent event) {
    if (isBack(event)) {
      return event.getNewStep();
    }
    if (opportunityId == null) {
      Messages.error("Choose a funding opportunity first.");
      return event.getOldStep();
    }
    if (!save(false)) {
      return event.getOldStep();
    }
    Messages.info("Draft " + number + " saved.");
    return event.getNewStep();
  }

  private static boolean isBack(FlowEvent event) {
    List<String> order = List.of("project", "site", "money", "permits", "documents", "review");
    return order.indexOf(event.getNewStep()) < order.indexOf(event.getOldStep());
  }

  public void saveDraft() {
    if (save(false)) {
      Messages.info(
          "Draft " + number + " saved. You can come back to it at any time from My applications.");
    }
  }

  public String submit() {
    if (!save(true, true)) {
      return null;
    }
    Messages.info(
        "Application "
            + number
            + " submitted. We check eligibility now; a program officer then screens it.");
    return "/app/application.xhtml?faces-redirect=true&id=" + id;
  }

  private boolean save(boolean submit) {
    return save(submit, false);
  }

  private boolean save(boolean submit, boolean listAll) {
    try {
      Application saved =
          id == null
              ? applications.create(opportunityId, details(), ownershipCertified)
              : applications.revise(id, version, details(), ownershipCertified);
      fill(saved);
      if (submit) {
        applications.submit(id);
      }
      return true;
    } catch (RuntimeException e) {
      if (Messages.show(e, "form", listAll)) {
        return false;
      }
      throw e;
    }
  }

  public void upload(FileUploadEvent event) {
    if (id == null && !save(false)) {
      return;
    }
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes(Attachment.MAX_BYTES + 1);
      Attachment a = applications.attach(id, uploadKind, file.getFileName(), content);
      attachments = null;
      Messages.info(a.fileName() + " attached as " + CurrentUser.words(a.kind().name()) + ".");
    } catch (IOException e) {
      Messages.error("The file could not be read: " + e.getMessage());
    } catch (RuntimeException e) {
      if (!Messages.show(e, "form")) {
        throw e;
      }
    }
  }

  public void remove(long attachmentId) {
    try {
      applications.detach(id, attachmentId);
      attachments = null;
      Messages.info("Document removed.");
    } catch (RuntimeException e) {
      if (!Messages.show(e, "form")) {
        throw e;
      }
    }
  }

  public void addPermit() {
    permits.add(new PermitRow());
  }

  public void removePermit(PermitRow row) {
    permits.remove(row);
  }

  public void addBudgetLine() {
    budget.add(new BudgetRow());
  }

  public void removeBudgetLine(BudgetRow row) {
    budget.remove(row);
  }

  public BigDecimal getBudgetTotal() {
    return budget.stream()
        .map(BudgetRow::getAmount)
        .filter(a -> a != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private ApplicationDetails details() {
    return new ApplicationDetails(
        title,
        summary,
        topicArea,
        new java.util.TreeSet<>(minerals),
        new Site(siteState, siteCounty, latitude, longitude),
        projectStage,
        capacityTonnesPerYear,
        jobsCreated,
        totalProjectCost,
        federalAmountRequested,
        costShareCash,
        costShareInKind,
        startDate,
        endDate,
        permits.stream().map(p -> new PlannedPermit(p.type, p.agency, p.expectedDate)).toList(),
        budget.stream().map(b -> new BudgetLine(b.category, b.amount)).toList());
  }

  private void fill(Application a) {
    ApplicationDetails d = a.details();
    id = a.id();
    number = a.number();
    opportunityId = a.opportunityId();
    title = d.title();
    summary = d.summary();
    topicArea = d.topicArea();
    minerals = new ArrayList<>(d.minerals());
    siteState = d.site().state();
    siteCounty = d.site().county();
    latitude = d.site().latitude();
    longitude = d.site().longitude();
    projectStage = d.projectStage();
    capacityTonnesPerYear = d.capacityTonnesPerYear();
    jobsCreated = d.jobsCreated();
    totalProjectCost = d.totalProjectCost();
    federalAmountRequested = d.federalAmountRequested();
    costShareCash = d.costShareCash();
    costShareInKind = d.costShareInKind();
    startDate = d.startDate();
    endDate = d.endDate();
    permits = new ArrayList<>();
    for (PlannedPermit p : d.permits()) {
      PermitRow row = new PermitRow();
      row.type = p.type();
      row.agency = p.agency();
      row.expectedDate = p.expectedDate();
      permits.add(row);
    }
    budget = new ArrayList<>();
    for (BudgetLine l : d.budget()) {
      BudgetRow row = new BudgetRow();
      row.category = l.category();
      row.amount = l.amount();
      budget.add(row);
    }
    ownershipCertified = a.ownershipCertified();
    version = a.version();
    statusReason = a.statusReason();
    attachments = null;
  }

  public List<FundingOpportunity> getOpportunities() {
    return opportunities.published();
  }

  public FundingOpportunity getOpportunity() {
    return opportunityId == null ? null : opportunities.get(opportunityId);
  }

  /** The minerals the chosen opportunity funds, else the whole list. */
  public List<Mineral> getMineralChoices() {
    FundingOpportunity o = getOpportunity();
    return opportunities.minerals().stream()
        .filter(
            m ->
                o == null || o.eligibleMinerals().contains(m.code()) || minerals.contains(m.code()))
        .toList();
  }

  public Map<String, String> getStates() {
    Map<String, String> byName = new TreeMap<>();
    UsGeography.STATES.forEach((code, name) -> byName.put(name, code));
    return byName;
  }

  public List<Attachment> getAttachments() {
    if (attachments == null) {
      attachments = id == null ? List.of() : applications.attachments(id);
    }
    return attachments;
  }

  public TopicArea[] getTopicAreas() {
    return TopicArea.values();
  }

  public ProjectStage[] getProjectStages() {
    return ProjectStage.values();
  }

  public PermitType[] getPermitTypes() {
    return PermitType.values();
  }

  public BudgetCategory[] getBudgetCategories() {
    return BudgetCategory.values();
  }

  public AttachmentKind[] getAttachmentKinds() {
    return AttachmentKind.values();
  }

  public boolean isMissing() {
    return missing;
  }

  public String getNumber() {
    return number;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getOpportunityId() {
    return opportunityId;
  }

  public void setOpportunityId(Long opportunityId) {
    this.opportunityId = opportunityId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public TopicArea getTopicArea() {
    return topicArea;
  }

  public void setTopicArea(TopicArea topicArea) {
    this.topicArea = topicArea;
  }

  public List<String> getMinerals() {
    return minerals;
  }

  public void setMinerals(List<String> minerals) {
    this.minerals = minerals == null ? new ArrayList<>() : new ArrayList<>(minerals);
  }

  public String getSiteState() {
    return siteState;
  }

  public void setSiteState(String siteState) {
    this.siteState = siteState;
  }

  public String getSiteCounty() {
    return siteCounty;
  }

  public void setSiteCounty(String siteCounty) {
    this.siteCounty = siteCounty;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public void setLatitude(BigDecimal latitude) {
    this.latitude = latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public void setLongitude(BigDecimal longitude) {
    this.longitude = longitude;
  }

  public ProjectStage getProjectStage() {
    return projectStage;
  }

  public void setProjectStage(ProjectStage projectStage) {
    this.projectStage = projectStage;
  }

  public BigDecimal getCapacityTonnesPerYear() {
    return capacityTonnesPerYear;
  }

  public void setCapacityTonnesPerYear(BigDecimal capacityTonnesPerYear) {
    this.capacityTonnesPerYear = capacityTonnesPerYear;
  }

  public Integer getJobsCreated() {
    return jobsCreated;
  }

  public void setJobsCreated(Integer jobsCreated) {
    this.jobsCreated = jobsCreated;
  }

  public BigDecimal getTotalProjectCost() {
    return totalProjectCost;
  }

  public void setTotalProjectCost(BigDecimal totalProjectCost) {
    this.totalProjectCost = totalProjectCost;
  }

  public BigDecimal getFederalAmountRequested() {
    return federalAmountRequested;
  }

  public void setFederalAmountRequested(BigDecimal federalAmountRequested) {
    this.federalAmountRequested = federalAmountRequested;
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

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public List<PermitRow> getPermits() {
    return permits;
  }

  public List<BudgetRow> getBudget() {
    return budget;
  }

  public boolean isOwnershipCertified() {
    return ownershipCertified;
  }

  public void setOwnershipCertified(boolean ownershipCertified) {
    this.ownershipCertified = ownershipCertified;
  }

  public AttachmentKind getUploadKind() {
    return uploadKind;
  }

  public void setUploadKind(AttachmentKind uploadKind) {
    this.uploadKind = uploadKind;
  }
}
