package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.lodestone.review.application.ReviewBoards;
import org.lodestone.review.application.ReviewService;
import org.lodestone.review.domain.NepaClass;
import org.lodestone.review.domain.RiskRating;
import org.lodestone.review.domain.SelectionDecision;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.review.ReviewProcess;
import org.lodestone.workflow.review.ReviewTasks;

/**
 * Agency staff's steps on an application in review: assigning reviewers, reconciling scores,
 * environmental screening, risk review and the selection decision, each beside the application and
 * what the reviewers have found.
 */
@Named
@ViewScoped
public class EvaluationTaskPage extends ApplicationTaskPage {

  private static final long serialVersionUID = 1L;

  @Inject private transient ReviewService reviews;
  @Inject private transient ReviewBoards boards;
  @Inject private transient CurrentUser currentUser;

  private transient ReviewSummary review;
  private transient List<ReviewService.Candidate> candidates;
  private transient ReviewBoards.SlateEntry slateEntry;
  private transient ReviewBoards.Slate slate;
  private List<String> reviewers = new ArrayList<>();
  private BigDecimal consensusScore;
  private NepaClass nepaClass;
  private RiskRating rating;
  private SelectionDecision decision;
  private String text;

  @Override
  protected void loaded() {
    long id = application.id();
    review = ReviewSummary.of(reviews, id, currentUser.caller(), opportunity.criteria());
    if (item.type() == ReviewTasks.ASSIGN_REVIEWERS) {
      candidates = reviews.candidates(id);
    }
    if (item.type() == ReviewTasks.SELECT_APPLICATION) {
      slate = boards.slate(opportunity.id());
      slateEntry =
          slate.entries().stream()
              .filter(e -> e.application().id().equals(id))
              .findFirst()
              .orElse(null);
    }
  }

  public String complete() {
    Supplier<TaskCommand> command =
        () ->
            switch ((ReviewTasks) item.type()) {
              case ASSIGN_REVIEWERS -> new ReviewTasks.AssignReviewers(reviewers);
              case RECONCILE_SCORES -> new ReviewTasks.ReconcileScores(consensusScore, text);
              case ENVIRONMENTAL_SCREENING -> new ReviewTasks.ScreenEnvironment(nepaClass, text);
              case RISK_REVIEW -> new ReviewTasks.RateRisk(rating, text);
              case SELECT_APPLICATION -> new ReviewTasks.DecideSelection(decision, text);
              default -> throw new IllegalStateException("not a staff review step: " + item.type());
            };
    if (!complete(command)) {
      return null;
    }
    Messages.info(item.type().label() + " recorded for " + application.number() + ".");
    return item.type() == ReviewTasks.SELECT_APPLICATION
        ? "/app/slate.xhtml?faces-redirect=true&opportunity=" + opportunity.id()
        : "/app/tasks.xhtml?faces-redirect=true";
  }

  public String getType() {
    return item == null ? null : item.type().name();
  }

  public ReviewSummary getReview() {
    return review;
  }

  public List<ReviewService.Candidate> getCandidates() {
    return candidates;
  }

  public ReviewBoards.SlateEntry getSlateEntry() {
    return slateEntry;
  }

  public ReviewBoards.Slate getSlate() {
    return slate;
  }

  /** One for a replacement; otherwise as many as the opportunity asks for. */
  public int getReviewersNeeded() {
    return ReviewProcess.TASK_REPLACE.equals(item.step())
        ? 1
        : opportunity.reviewersPerApplication();
  }

  public List<String> getReviewers() {
    return reviewers;
  }

  public void setReviewers(List<String> reviewers) {
    this.reviewers = reviewers;
  }

  public BigDecimal getConsensusScore() {
    return consensusScore;
  }

  public void setConsensusScore(BigDecimal consensusScore) {
    this.consensusScore = consensusScore;
  }

  public NepaClass getNepaClass() {
    return nepaClass;
  }

  public void setNepaClass(NepaClass nepaClass) {
    this.nepaClass = nepaClass;
  }

  public RiskRating getRating() {
    return rating;
  }

  public void setRating(RiskRating rating) {
    this.rating = rating;
  }

  public SelectionDecision getDecision() {
    return decision;
  }

  public void setDecision(SelectionDecision decision) {
    this.decision = decision;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
