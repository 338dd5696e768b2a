package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.OpportunityStatus;
import org.lodestone.shared.NotFoundException;

/** One funding opportunity: its terms, and publishing or closing it. */
@Named
@ViewScoped
public class OpportunityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient OpportunityService opportunities;

  private Long id;
  private transient FundingOpportunity opportunity;

  public void load() {
    try {
      opportunity = id == null ? null : opportunities.get(id);
    } catch (NotFoundException e) {
      opportunity = null;
    }
  }

  public void publish() {
    act(true);
  }

  public void close() {
    act(false);
  }

  private void act(boolean publish) {
    try {
      opportunity = publish ? opportunities.publish(id) : opportunities.close(id);
      Messages.info(
          "Funding opportunity "
              + opportunity.number()
              + (publish
                  ? " published: applicants can see it now."
                  : " closed: it takes no more submissions."));
    } catch (RuntimeException e) {
      if (!Messages.show(e, "actions")) {
        throw e;
      }
    }
  }

  public boolean isOpen() {
    return opportunity != null && opportunities.isOpenToday(opportunity);
  }

  public boolean isDraft() {
    return opportunity != null && opportunity.status() == OpportunityStatus.DRAFT;
  }

  public boolean isPublished() {
    return opportunity != null && opportunity.status() == OpportunityStatus.PUBLISHED;
  }

  public FundingOpportunity getOpportunity() {
    return opportunity;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
