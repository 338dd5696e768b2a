package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.ReviewService;

/** Escalates a review whose deadline passed and removes its reviewer. */
@Dependent
@Named("escalateReviewDelegate")
public class EscalateReviewDelegate implements JavaDelegate {

  @Inject private ReviewService reviews;

  @Override
  public void execute(DelegateExecution execution) {
    reviews.escalate(ReviewProcess.reviewId(execution));
  }
}
