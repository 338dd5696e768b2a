package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.review.application.ReviewService;
import org.lodestone.review.application.SelectionService;
import org.lodestone.workflow.inbox.TaskType;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/**
 * Agency staff's steps on an application in review: assigning reviewers, reconciling scores,
 * environmental screening, risk review and the selection decision, each beside the application and
 * what the reviewers have found.
 */
@Named
@ViewScoped
public class EvaluationTaskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient WorkInbox inbox;
  @Inject private transient ApplicationService applications;
  @Inject private transient OpportunityService opportunities;
  @Inject private transient ReviewService reviews;
  @Inject private transient SelectionService selection;
  @Inject private transient CurrentUser currentUser;

  private String task;
  private transient WorkItem item;
  private transient Application application;
  private transient FundingOpportunity opportunity;
  private transient ReviewSummary review;
  private transient List<ReviewService.Candidate> candidates;
  private transient SelectionService.SlateEntry slateEntry;
  private transient SelectionService.Slate slate;
  private List<String> reviewers = new ArrayList<>();
  private BigDecimal consensusScore;
  private String choice;
  private String text;

  public void load() {
    item = inbox.find(task).orElse(null);
    if (item == null) {
      return;
    }
    application = applications.get(item.subjectId());
    opportunity = opportunities.get(application.opportunityId());
    review =
        ReviewSummary.of(reviews, application.id(), currentUser.caller(), opportunity.criteria());
    if (item.type() == TaskType.ASSIGN_REVIEWERS) {
      candidates = reviews.candidates(application.id());
    }
    if (item.type() == TaskType.SELECT_APPLICATION) {
      slate = selection.slate(opportunity.id());
      slateEntry =
          slate.entries().stream()
              .filter(e -> e.application().id().equals(application.id()))
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
    if (!Messages.attempt(() -> inbox.complete(task, body), "form")) {
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

  public WorkItem getItem() {
    return item;
  }

  public Application getApplication() {
    return application;
  }

  public FundingOpportunity getOpportunity() {
    return opportunity;
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

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
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
