package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.intake.domain.Attachment;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.review.domain.Review;
import org.lodestone.workflow.inbox.TaskType;

/**
 * A reviewer's work on one application, beside the application and its documents: first the
 * conflict-of-interest declaration, then the scores.
 */
@Named
@ViewScoped
public class ReviewPage extends ApplicationTaskPage {

  private static final long serialVersionUID = 1L;

  private transient List<Attachment> attachments;
  private String conflict;
  private String explanation;
  private final Map<String, Integer> scores = new LinkedHashMap<>();
  private String comments;

  @Override
  protected void loaded() {
    attachments = applications.attachments(application.id());
  }

  public String declare() {
    Map<String, Object> body = new HashMap<>();
    body.put("conflict", conflict);
    body.put("explanation", explanation);
    if (!complete(body)) {
      return null;
    }
    if ("true".equals(conflict)) {
      Messages.info(
          "Conflict of interest recorded for "
              + application.number()
              + ". You have been removed from its review; a program officer will assign another"
              + " reviewer.");
      return "/app/tasks.xhtml?faces-redirect=true";
    }
    Messages.info("No conflict declared. Score the application below.");
    return inbox.openWorkOn(application.number()).stream()
        .filter(w -> w.type() == TaskType.SCORE_APPLICATION)
        .findFirst()
        .map(w -> "/app/review.xhtml?faces-redirect=true&task=" + w.id())
        .orElse("/app/tasks.xhtml?faces-redirect=true");
  }

  public String submitScores() {
    Map<String, Object> body = new HashMap<>();
    Map<String, Object> given = new HashMap<>();
    scores.forEach(
        (code, score) -> {
          if (score != null) {
            given.put(code, score);
          }
        });
    body.put("scores", given);
    body.put("comments", comments);
    if (!complete(body)) {
      return null;
    }
    Messages.info(
        "Review of "
            + application.number()
            + " submitted. The other reviewers' scores are now visible on the application.");
    return "/app/application.xhtml?faces-redirect=true&id=" + application.id();
  }

  /** The weighted total of the scores given so far, once every criterion has one. */
  public BigDecimal getWeightedTotal() {
    List<EvaluationCriterion> criteria = opportunity.criteria();
    boolean all = criteria.stream().allMatch(c -> scores.get(c.code()) != null);
    return all ? Review.weightedTotal(scores, criteria) : null;
  }

  /** The scores a criterion can get, as Integers (an EL list literal would hold Longs). */
  public List<Integer> getScoreChoices() {
    return List.of(1, 2, 3, 4, 5);
  }

  public boolean isDeclaring() {
    return item != null && item.type() == TaskType.DECLARE_CONFLICT;
  }

  public List<Attachment> getAttachments() {
    return attachments;
  }

  public Map<String, Integer> getScores() {
    return scores;
  }

  public String getConflict() {
    return conflict;
  }

  public void setConflict(String conflict) {
    this.conflict = conflict;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }
}
