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
import org.lodestone.review.application.ReviewBoards;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;
import org.lodestone.workflow.intake.IntakeTasks;

/**
 * The selecting official's slate and the program officers' review board of one opportunity; with no
 * opportunity chosen, the opportunities to choose from.
 */
@Named
@RequestScoped
public class SelectionPages {

  @Inject private OpportunityService opportunities;
  @Inject private ReviewBoards boards;
  @Inject private WorkInbox inbox;

  private Long opportunity;
  private FundingOpportunity chosen;
  private ReviewBoards.Slate slate;
  private List<ReviewBoards.BoardRow> board;
  private Map<String, String> myTasks;

  public void loadSlate() {
    if (choose()) {
      slate = boards.slate(opportunity);
    }
  }

  public void loadBoard() {
    if (choose()) {
      board = boards.board(opportunity);
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
              .filter(w -> w.type() != IntakeTasks.CORRECT_APPLICATION)
              .collect(
                  Collectors.toMap(
                      w -> w.subject().number(), WorkItem::id, (first, second) -> first));
    }
    return myTasks.get(applicationNumber);
  }

  /** Percent of the opportunity's funds, for the funds bar. */
  public BigDecimal percent(Money amount) {
    if (amount == null || chosen == null || chosen.fundsAvailable().isZero()) {
      return BigDecimal.ZERO;
    }
    return amount
        .amount()
        .max(BigDecimal.ZERO)
        .multiply(BigDecimal.valueOf(100))
        .divide(chosen.fundsAvailable().amount(), 1, RoundingMode.HALF_UP);
  }

  /** What the undecided applications ready for selection that fit would commit, in rank order. */
  public Money getProposed() {
    return slate.entries().stream()
        .filter(ReviewBoards.SlateEntry::fits)
        .map(e -> e.evaluation().requestedAmount())
        .reduce(Money.ZERO, Money::plus);
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

  public ReviewBoards.Slate getSlate() {
    return slate;
  }

  public List<ReviewBoards.BoardRow> getBoard() {
    return board;
  }
}
