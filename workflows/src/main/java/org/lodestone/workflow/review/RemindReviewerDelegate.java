package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.ReviewService;

/** Reminds a reviewer that the review is due soon. */
@Dependent
@Named("remindReviewerDelegate")
public class RemindReviewerDelegate implements JavaDelegate {

  @Inject private ReviewService reviews;

  @Override
  public void execute(DelegateExecution execution) {
    reviews.remind(ReviewProcess.reviewId(execution));
  }
}
