package org.lodestone.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lodestone.review.domain.Review;
import org.lodestone.review.domain.ReviewStatus;
import org.lodestone.shared.JpaRepository;

/** Each reviewer's review of an application. */
@ApplicationScoped
public class ReviewRepository extends JpaRepository<Review, Long> {

  public ReviewRepository() {
    super(Review.class, "Review");
  }

  /** Every review of an application, in order of assignment. */
  public List<Review> ofApplication(long applicationId) {
    return em.createQuery(
            "select r from Review r where r.applicationId = :id order by r.id", Review.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  /** The number of reviews each reviewer has open (assigned or scoring). */
  public Map<String, Long> openByReviewer() {
    return em
        .createQuery(
            "select r.reviewer, count(r) from Review r where r.status in :open group by r.reviewer",
            Object[].class)
        .setParameter("open", List.of(ReviewStatus.ASSIGNED, ReviewStatus.SCORING))
        .getResultList()
        .stream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
  }

  /** The status of each of a reviewer's reviews of an application. */
  public List<ReviewStatus> statusesOf(String reviewer, long applicationId) {
    return em.createQuery(
            "select r.status from Review r where r.applicationId = :id and r.reviewer = :me",
            ReviewStatus.class)
        .setParameter("id", applicationId)
        .setParameter("me", reviewer)
        .getResultList();
  }

  /** The applications a reviewer takes part in reviewing. */
  public List<Long> applicationsOf(String reviewer, List<ReviewStatus> statuses) {
    return em.createQuery(
            "select r.applicationId from Review r where r.reviewer = :me and r.status in :s",
            Long.class)
        .setParameter("me", reviewer)
        .setParameter("s", statuses)
        .getResultList();
  }
}
