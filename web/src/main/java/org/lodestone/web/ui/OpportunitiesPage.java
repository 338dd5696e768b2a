package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.Mineral;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.shared.Money;

/** Funding opportunities with search and filters; program officers also see drafts. */
@Named
@ViewScoped
public class OpportunitiesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient OpportunityService opportunities;

  private String text;
  private String mineral;
  private TopicArea topicArea;
  private LocalDate closesBy;
  private boolean openOnly;
  private transient List<FundingOpportunity> items;

  public List<FundingOpportunity> getItems() {
    if (items == null) {
      items =
          opportunities.search(
              new OpportunityService.Search(text, mineral, topicArea, closesBy, openOnly));
    }
    return items;
  }

  public void filter() {
    items = null;
  }

  public boolean open(FundingOpportunity o) {
    return opportunities.isOpenToday(o);
  }

  public Money getRemainingAuthority() {
    return opportunities.remainingAuthority();
  }

  public List<Mineral> getMinerals() {
    return opportunities.minerals();
  }

  public TopicArea[] getTopicAreas() {
    return TopicArea.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getMineral() {
    return mineral;
  }

  public void setMineral(String mineral) {
    this.mineral = mineral;
  }

  public TopicArea getTopicArea() {
    return topicArea;
  }

  public void setTopicArea(TopicArea topicArea) {
    this.topicArea = topicArea;
  }

  public LocalDate getClosesBy() {
    return closesBy;
  }

  public void setClosesBy(LocalDate closesBy) {
    this.closesBy = closesBy;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }
}
