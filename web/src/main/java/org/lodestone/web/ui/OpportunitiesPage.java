package org.lodestone.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;

/** Published funding opportunities. */
@Named
@RequestScoped
public class OpportunitiesPage {

  @Inject private OpportunityService opportunities;
  private List<FundingOpportunity> items;

  public List<FundingOpportunity> getItems() {
    if (items == null) {
      items = opportunities.published();
    }
    return items;
  }

  public boolean open(FundingOpportunity o) {
    return o.acceptsSubmissionsOn(java.time.LocalDate.now());
  }
}
