package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.ReviewService;

/** Assigns the first reviewers a program officer chose. */
@Dependent
@Named("assignReviewersDelegate")
public class AssignReviewersDelegate implements JavaDelegate {

  @Inject private ReviewService reviews;

  @Override
  public void execute(DelegateExecution execution) {
    reviews.assign(ReviewProcess.applicationId(execution), ReviewProcess.reviewers(execution));
  }
}
