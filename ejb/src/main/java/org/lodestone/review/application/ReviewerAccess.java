package org.lodestone.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.lodestone.identity.Caller;
import org.lodestone.identity.Role;
import org.lodestone.intake.application.ApplicationAccess;
import org.lodestone.review.domain.ReviewStatus;
import org.lodestone.review.infrastructure.ReviewRepository;

/**
 * Reviewers read the applications assigned to them while they take part: before declaring no
 * conflict of interest only what the declaration needs (as at NIH: no access without the
 * certification), afterwards in full.
 */
@ApplicationScoped
public class ReviewerAccess implements ApplicationAccess {

  private static final List<ReviewStatus> TAKING_PART =
      List.of(ReviewStatus.ASSIGNED, ReviewStatus.SCORING, ReviewStatus.SUBMITTED);

  @Inject private ReviewRepository reviews;

  @Override
  public Level levelFor(Caller caller, long applicationId) {
    if (!caller.has(Role.REVIEWER)) {
      return Level.NONE;
    }
    return reviews.statusesOf(caller.username(), applicationId).stream()
        .map(
            status ->
                !TAKING_PART.contains(status)
                    ? Level.NONE
                    : status == ReviewStatus.ASSIGNED ? Level.DECLARATION : Level.FULL)
        .reduce(Level.NONE, (a, b) -> a.atLeast(b) ? a : b);
  }

  @Override
  public Collection<Long> readableBy(Caller caller) {
    if (!caller.has(Role.REVIEWER)) {
      return List.of();
    }
    return reviews.applicationsOf(caller.username(), TAKING_PART);
  }
}
