package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.ReviewService;

/** Records a reviewer's conflict-of-interest declaration. */
@Dependent
@Named("recordDeclarationDelegate")
public class RecordDeclarationDelegate implements JavaDelegate {

  @Inject private ReviewService reviews;

  @Override
  public void execute(DelegateExecution execution) {
    ReviewTasks.DeclareConflict command =
        ReviewProcess.command(execution, ReviewTasks.DeclareConflict.class);
    reviews.declare(ReviewProcess.reviewId(execution), command.conflict(), command.explanation());
  }
}
