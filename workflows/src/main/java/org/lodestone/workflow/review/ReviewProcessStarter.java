package org.lodestone.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.lodestone.intake.application.ApplicationAccepted;
import org.lodestone.review.application.ReviewerAssigned;
import org.lodestone.review.application.ReviewsCompleted;

/**
 * Connects review facts to the processes, inside the transaction that records them: an accepted
 * application starts its review process, each assigned reviewer its merit review, and the last
 * submitted review tells the review process that all reviews are in.
 */
@ApplicationScoped
public class ReviewProcessStarter {

  @Inject private RuntimeService runtime;

  void onAccepted(@Observes ApplicationAccepted accepted) {
    runtime.startProcessInstanceByKey(
        ReviewProcess.ID,
        accepted.number(),
        Map.of(ReviewProcess.APPLICATION_ID, accepted.applicationId()));
  }

  void onReviewerAssigned(@Observes ReviewerAssigned assigned) {
    runtime.startProcessInstanceByKey(
        ReviewProcess.MERIT_REVIEW_ID,
        assigned.applicationNumber(),
        Map.of(
            ReviewProcess.APPLICATION_ID, assigned.applicationId(),
            ReviewProcess.REVIEW_ID, assigned.reviewId(),
            ReviewProcess.REVIEWER, assigned.reviewer(),
            ReviewProcess.REMINDER_DUE, Date.from(assigned.reminderAt()),
            ReviewProcess.REVIEW_DUE, Date.from(assigned.dueAt())));
  }

  void onReviewsCompleted(@Observes ReviewsCompleted completed) {
    runtime
        .createMessageCorrelation(ReviewProcess.MESSAGE_REVIEWS_COMPLETE)
        .processInstanceBusinessKey(completed.applicationNumber())
        .correlate();
  }
}
