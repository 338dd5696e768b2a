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

  /** The steps of an application's life, for the status timeline. */
  public List<String> getSteps() {
    return List.of("Draft", "Submitted", "Screening", "Merit review", "Selection", "Award");
  }

  /** How far along the timeline an application is (index into {@link #getSteps}). */
  public int step(Application a) {
    return switch (a.status()) {
      case DRAFT -> 0;
      case SUBMITTED -> 2;
      case RETURNED -> 1;
      case INELIGIBLE, WITHDRAWN -> 2;
      case IN_REVIEW -> 3;
      case SELECTED, DECLINED -> 4;
      case AWARDED -> 5;
    };
  }

  /** Closed before the end of the timeline. */
  public boolean stopped(Application a) {
    return switch (a.status()) {
      case INELIGIBLE, WITHDRAWN, DECLINED -> true;
      default -> false;
    };
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
