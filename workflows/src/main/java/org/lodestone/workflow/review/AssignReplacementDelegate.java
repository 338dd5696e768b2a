package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.ReviewService;

/** Assigns the reviewer a program officer chose in place of one who conflicted or was late. */
@Dependent
@Named("assignReplacementDelegate")
public class AssignReplacementDelegate implements JavaDelegate {

  @Inject private ReviewService reviews;

  @Override
  public void execute(DelegateExecution execution) {
    reviews.replace(ReviewProcess.reviewId(execution), ReviewProcess.reviewers(execution));
  }
}
