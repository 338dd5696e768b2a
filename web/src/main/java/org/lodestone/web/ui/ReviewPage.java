package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Attachment;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.review.domain.Review;
import org.lodestone.workflow.review.ReviewTasks;

/**
 * A reviewer's work on one application, beside the application and its documents: first the
 * conflict-of-interest declaration, then the scores.
 */
@Named
@ViewScoped
public class ReviewPage extends ApplicationTaskPage {

  private static final long serialVersionUID = 1L;

  private transient List<Attachment> attachments;
  private transient ApplicationService.Declaration declaration;
  private Boolean conflict;
  private String explanation;
  private final Map<String, Integer> scores = new LinkedHashMap<>();
  private String comments;

  @Override
  protected void loaded() {
    declaration = applications.declaration(application.id());
    attachments = isDeclaring() ? List.of() : applications.attachments(application.id());
  }

  /** Before the declaration: only what declaring needs. */
  public ApplicationService.Declaration getDeclaration() {
    return declaration;
  }

  public String declare() {
    if (!complete(() -> new ReviewTasks.DeclareConflict(conflict, explanation))) {
      return null;
    }
    if (Boolean.TRUE.equals(conflict)) {
      Messages.info(
          "Conflict of interest recorded for "
              + application.number()
              + ". You have been removed from its review; a program officer will assign another"
              + " reviewer.");
      return "/app/tasks.xhtml?faces-redirect=true";
    }
    Messages.info("No conflict declared. Score the application below.");
    return inbox.openWorkOn(application.subject()).stream()
        .filter(w -> w.type() == ReviewTasks.SCORE_APPLICATION)
        .findFirst()
        .map(w -> "/app/review.xhtml?faces-redirect=true&task=" + w.id())
        .orElse("/app/tasks.xhtml?faces-redirect=true");
  }

  public String submitScores() {
    Map<String, Integer> given = new HashMap<>();
    scores.forEach(
        (code, score) -> {
          if (score != null) {
            given.put(code, score);
          }
        });
    if (!complete(() -> new ReviewTasks.ScoreApplication(given, comments))) {
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
    return item != null && item.type() == ReviewTasks.DECLARE_CONFLICT;
  }

  public List<Attachment> getAttachments() {
    return attachments;
  }

  public Map<String, Integer> getScores() {
    return scores;
  }

  public Boolean getConflict() {
    return conflict;
  }

  public void setConflict(Boolean conflict) {
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
