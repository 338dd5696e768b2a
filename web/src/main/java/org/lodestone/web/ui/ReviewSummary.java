package org.lodestone.web.ui;

import java.util.List;
import org.lodestone.identity.Caller;
import org.lodestone.identity.Role;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.review.application.ReviewService;
import org.lodestone.review.domain.Evaluation;
import org.lodestone.review.domain.Review;

/**
 * What the caller may see of an application's merit review: the reviews (anonymous to the
 * applicant, and only after the decision), the consensus and the evaluation facts.
 */
public record ReviewSummary(
    List<Review> reviews,
    Evaluation evaluation,
    boolean applicant,
    List<EvaluationCriterion> criteria) {

  static ReviewSummary of(
      ReviewService service,
      long applicationId,
      Caller caller,
      List<EvaluationCriterion> criteria) {
    boolean applicant = caller.has(Role.APPLICANT) && !caller.seesAllOrganizations();
    Evaluation evaluation = service.evaluation(applicationId).orElse(null);
    if (applicant && (evaluation == null || !evaluation.decided())) {
      evaluation = null;
    }
    return new ReviewSummary(
        service.visibleReviews(applicationId), evaluation, applicant, criteria);
  }

  public boolean visible() {
    return evaluation != null || !reviews.isEmpty();
  }

  /** The reviewer's name, or "Reviewer n" for applicants. */
  public String reviewer(Review review) {
    return applicant ? "Reviewer " + (reviews.indexOf(review) + 1) : review.reviewer();
  }

  /** One criterion's score in a review. */
  public record Score(String criterion, int score) {}

  /** A review's scores in the order of the opportunity's criteria. */
  public List<Score> scores(Review review) {
    return criteria.stream()
        .filter(c -> review.scores().containsKey(c.code()))
        .map(c -> new Score(c.name(), review.scores().get(c.code())))
        .toList();
  }
}
