package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;

/**
 * Creating and editing a draft (or a returned application). Saving keeps what was typed even when a
 * rule refuses it: the page shows the message next to the field and the values stay.
 */
@Named
@ViewScoped
public class ApplicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ApplicationService applications;
  @Inject private transient OpportunityService opportunities;

  private Long id;
  private Long opportunityId;
  private String number;
  private String title;
  private String summary;
  private BigDecimal federalAmountRequested;
  private long version;
  private boolean loaded;
  private boolean missing;
  private String statusReason;

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

  public String save() {
    return persist(false);
  }

  public String saveAndSubmit() {
    return persist(true);
  }

  private String persist(boolean submit) {
    try {
      ApplicationDetails details = new ApplicationDetails(title, summary, federalAmountRequested);
      Application saved =
          id == null
              ? applications.create(opportunityId, details)
              : applications.revise(id, version, details);
      fill(saved);
      if (!submit) {
        Messages.info("Draft " + number + " saved.");
        return null;
      }
      applications.submit(id);
      Messages.info("Application " + number + " submitted. A program officer will screen it.");
      return "/app/application.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (Messages.show(e, "form")) {
        return null;
      }
      throw e;
    }
  }

  private void fill(Application a) {
    id = a.id();
    number = a.number();
    opportunityId = a.opportunityId();
    title = a.details().title();
    summary = a.details().summary();
    federalAmountRequested = a.details().federalAmountRequested();
    version = a.version();
    statusReason = a.statusReason();
  }

  public List<FundingOpportunity> getOpportunities() {
    return opportunities.published();
  }

  public FundingOpportunity getOpportunity() {
    return opportunityId == null ? null : opportunities.get(opportunityId);
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

  public BigDecimal getFederalAmountRequested() {
    return federalAmountRequested;
  }

  public void setFederalAmountRequested(BigDecimal federalAmountRequested) {
    this.federalAmountRequested = federalAmountRequested;
  }
}
