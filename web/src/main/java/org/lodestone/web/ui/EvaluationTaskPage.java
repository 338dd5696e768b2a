package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.review.application.ReviewService;
import org.lodestone.review.application.SelectionService;
import org.lodestone.workflow.inbox.TaskType;

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
  @Inject private transient SelectionService selection;
  @Inject private transient CurrentUser currentUser;

  private transient ReviewSummary review;
  private transient List<ReviewService.Candidate> candidates;
  private transient SelectionService.SlateEntry slateEntry;
  private transient SelectionService.Slate slate;
  private List<String> reviewers = new ArrayList<>();
  private BigDecimal consensusScore;
  private String choice;
  private String text;

  @Override
  protected void loaded() {
    long id = application.id();
    review = ReviewSummary.of(reviews, id, currentUser.caller(), opportunity.criteria());
    if (item.type() == TaskType.ASSIGN_REVIEWERS) {
      candidates = reviews.candidates(id);
    }
    if (item.type() == TaskType.SELECT_APPLICATION) {
      slate = selection.slate(opportunity.id());
      slateEntry =
          slate.entries().stream()
              .filter(e -> e.application().id().equals(id))
              .findFirst()
              .orElse(null);
    }
  }

  public String complete() {
    Map<String, Object> body = new HashMap<>();
    switch (item.type()) {
      case ASSIGN_REVIEWERS -> body.put("reviewers", reviewers);
      case RECONCILE_SCORES -> {
        body.put("consensusScore", consensusScore);
        body.put("rationale", text);
      }
      case ENVIRONMENTAL_SCREENING -> {
        body.put("nepaClass", choice);
        body.put("notes", text);
      }
      case RISK_REVIEW -> {
        body.put("rating", choice);
        body.put("notes", text);
      }
      case SELECT_APPLICATION -> {
        body.put("decision", choice);
        body.put("justification", text);
      }
      default -> throw new IllegalStateException("not a staff review step: " + item.type());
    }
    if (!complete(body)) {
      return null;
    }
    Messages.info(item.type().label() + " recorded for " + application.number() + ".");
    return item.type() == TaskType.SELECT_APPLICATION
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

  public SelectionService.SlateEntry getSlateEntry() {
    return slateEntry;
  }

  public SelectionService.Slate getSlate() {
    return slate;
  }

  /** One for a replacement; otherwise as many as the opportunity asks for. */
  public int getReviewersNeeded() {
    return item.replacement() ? 1 : opportunity.reviewersPerApplication();
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

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
