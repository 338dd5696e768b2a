package org.lodestone.workflow.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lodestone.review.application.ReviewService;

/** Records a reviewer's scores and comments. */
@Dependent
@Named("recordScoresDelegate")
public class RecordScoresDelegate implements JavaDelegate {

  @Inject private ReviewService reviews;

  @Override
  public void execute(DelegateExecution execution) {
    ReviewTasks.ScoreApplication command =
        ReviewProcess.command(execution, ReviewTasks.ScoreApplication.class);
    reviews.submitScores(ReviewProcess.reviewId(execution), command.scores(), command.comments());
  }
}
