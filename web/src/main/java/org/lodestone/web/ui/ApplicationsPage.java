package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationStatus;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;

/** The applications the caller may see, filtered by status. */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LIMIT = 500;

  @Inject private transient ApplicationService applications;
  @Inject private transient OpportunityService opportunities;

  private ApplicationStatus status;
  private transient List<Application> items;
  private final Map<Long, String> opportunityTitles = new HashMap<>();

  public List<Application> getItems() {
    if (items == null) {
      items = applications.list(status, 0, LIMIT);
    }
    return items;
  }

  public void filter() {
    items = null;
  }

  public String opportunity(long opportunityId) {
    return opportunityTitles.computeIfAbsent(
        opportunityId,
        id -> {
          FundingOpportunity o = opportunities.get(id);
          return o.number() + " · " + o.title();
        });
  }

  public ApplicationStatus[] getStatuses() {
    return ApplicationStatus.values();
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public void setStatus(ApplicationStatus status) {
    this.status = status;
  }
}
