package org.lodestone.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.OpportunityStatus;
import org.lodestone.review.application.SelectionService;
import org.lodestone.shared.NotFoundException;
import org.lodestone.workflow.inbox.TaskType;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/**
 * The selecting official's slate and the program officers' review board of one opportunity; with no
 * opportunity chosen, the opportunities to choose from.
 */
@Named
@RequestScoped
public class SelectionPages {

  @Inject private OpportunityService opportunities;
  @Inject private SelectionService selection;
  @Inject private WorkInbox inbox;

  private Long opportunity;
  private FundingOpportunity chosen;
  private SelectionService.Slate slate;
  private List<SelectionService.BoardRow> board;
  private Map<String, String> myTasks;

  public void loadSlate() {
    if (choose()) {
      slate = selection.slate(opportunity);
    }
  }

  public void loadBoard() {
    if (choose()) {
      board = selection.board(opportunity);
    }
  }

  private boolean choose() {
    if (opportunity == null) {
      return false;
    }
    try {
      chosen = opportunities.get(opportunity);
    } catch (NotFoundException e) {
      chosen = null;
    }
    return chosen != null;
  }

  /** Opportunities that have (or had) applications in review. */
  public List<FundingOpportunity> getChoices() {
    return opportunities
        .search(new OpportunityService.Search(null, null, null, null, false))
        .stream()
        .filter(o -> o.status() != OpportunityStatus.DRAFT)
        .toList();
  }

  /** The caller's open review-stage task on an application, by application number. */
  public String taskOn(String applicationNumber) {
    if (myTasks == null) {
      myTasks =
          inbox.openWork().stream()
              .filter(w -> w.type() != TaskType.CORRECT_APPLICATION)
              .collect(
                  Collectors.toMap(
                      WorkItem::subjectNumber, WorkItem::id, (first, second) -> first));
    }
    return myTasks.get(applicationNumber);
  }

  /** Percent of the opportunity's funds, for the funds bar. */
  public BigDecimal percent(BigDecimal amount) {
    if (amount == null || chosen == null || chosen.fundsAvailable().signum() == 0) {
      return BigDecimal.ZERO;
    }
    return amount
        .max(BigDecimal.ZERO)
        .multiply(BigDecimal.valueOf(100))
        .divide(chosen.fundsAvailable(), 1, RoundingMode.HALF_UP);
  }

  /** What the undecided applications ready for selection that fit would commit, in rank order. */
  public BigDecimal getProposed() {
    return slate.entries().stream()
        .filter(SelectionService.SlateEntry::fits)
        .map(e -> e.evaluation().requestedAmount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Long getOpportunity() {
    return opportunity;
  }

  public void setOpportunity(Long opportunity) {
    this.opportunity = opportunity;
  }

  public FundingOpportunity getChosen() {
    return chosen;
  }

  public SelectionService.Slate getSlate() {
    return slate;
  }

  public List<SelectionService.BoardRow> getBoard() {
    return board;
  }
}
