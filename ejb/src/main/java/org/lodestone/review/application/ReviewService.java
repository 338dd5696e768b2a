package org.lodestone.review.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.identity.UserAccount;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.review.domain.Evaluation;
import org.lodestone.review.domain.Review;
import org.lodestone.review.domain.ReviewStatus;
import org.lodestone.review.domain.ReviewerAssignment;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.StateConflictException;

/**
 * Reviewers and their reviews: assignment and replacement, conflict declarations, scores, reminders
 * and escalations, and who may read which scores. The process steps call the commands (the process
 * decides who may act); every read is scoped to the caller.
 */
@Stateless
@PermitAll
public class ReviewService {

  /** How long a reviewer has to declare conflicts and score (ISO-8601); system property. */
  public static final String REVIEW_PERIOD = "lodestone.review.period";

  /** How long before the deadline the reviewer is reminded (ISO-8601); system property. */
  public static final String REMINDER_LEAD = "lodestone.review.reminder-lead";

  static final String SUBJECT = "Review";

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;
  @Inject private ApplicationService applications;
  @Inject private AuditTrail audit;
  @Inject private NotificationService notifications;
  @Inject private Event<ReviewerAssigned> assigned;
  @Inject private Event<ReviewsCompleted> completed;

  /**
   * Assigns the first reviewers of an application: exactly as many as the opportunity asks for,
   * each a reviewer who is not a member of the applicant's organization.
   */
  public List<Review> assign(long applicationId, List<String> reviewers) {
    Evaluation evaluation = lockedEvaluation(applicationId);
    int needed = evaluation.reviewersRequired() - active(applicationId).size();
    return assign(applicationId, reviewers, needed);
  }

  /**
   * Assigns one reviewer in place of one who declared a conflict or was removed after its deadline;
   * nobody who has reviewed the application before.
   */
  public List<Review> replace(long reviewId, List<String> reviewers) {
    Review replaced = review(reviewId);
    if (replaced.status().active()) {
      throw new StateConflictException(
          replaced.reviewer() + " still takes part in the review and needs no replacement");
    }
    lockedEvaluation(replaced.applicationId());
    return assign(replaced.applicationId(), reviewers, 1);
  }

  private List<Review> assign(long applicationId, List<String> reviewers, int needed) {
    Application application = em.find(Application.class, applicationId);
    List<String> names = reviewers == null ? List.of() : reviewers;
    rules(application, needed)
        .check(names, name -> Optional.ofNullable(em.find(UserAccount.class, name)));
    Instant now = now();
    Instant due = now.plus(Duration.parse(System.getProperty(REVIEW_PERIOD, "P14D")));
    Instant reminder = due.minus(Duration.parse(System.getProperty(REMINDER_LEAD, "P3D")));
    List<Review> created = new ArrayList<>();
    for (String name : names) {
      Review review = new Review(applicationId, name, now, due);
      em.persist(review);
      em.flush();
      created.add(review);
      audit.record(
          SUBJECT,
          review.id(),
          "ReviewerAssigned",
          Map.of("application", application.number(), "reviewer", name, "due", due.toString()));
      notifications.tell(
          List.of(name),
          NotificationKind.ASSIGNMENT,
          applicationId,
          "Review assigned: " + application.number(),
          "You have been asked to review application "
              + application.number()
              + " ("
              + application.details().title()
              + "). Declare any conflict of interest first; the review is due "
              + due.toString().substring(0, 10)
              + ".");
      assigned.fire(
          new ReviewerAssigned(
              review.id(), applicationId, application.number(), name, reminder, due));
    }
    return created;
  }

  /** The reviewer declares whether it has a conflict of interest. */
  public void declare(long reviewId, boolean conflict, String explanation) {
    Review review = reviewOfCaller(reviewId);
    review.declare(conflict, explanation, now());
    Application application = em.find(Application.class, review.applicationId());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("application", application.number());
    data.put("reviewer", review.reviewer());
    data.put("explanation", review.conflictExplanation());
    audit.record(SUBJECT, reviewId, conflict ? "ConflictDeclared" : "NoConflictDeclared", data);
    if (conflict) {
      notifications.tell(
          notifications.holdersOf(Role.PROGRAM_OFFICER),
          NotificationKind.CONFLICT,
          application.id(),
          "Replacement reviewer needed: " + application.number(),
          review.reviewer()
              + " declared a conflict of interest on application "
              + application.number()
              + " and has been removed from its review. Assign a replacement.");
    }
  }

  /**
   * Records the reviewer's scores; when the application then has all the reviews it needs, its
   * review process is told.
   */
  public Review submitScores(long reviewId, Map<String, Integer> scores, String comments) {
    Review review = reviewOfCaller(reviewId);
    Evaluation evaluation = lockedEvaluation(review.applicationId());
    FundingOpportunity opportunity = em.find(FundingOpportunity.class, evaluation.opportunityId());
    review.submit(scores, comments, opportunity.criteria(), now());
    Application application = em.find(Application.class, review.applicationId());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("application", application.number());
    data.put("reviewer", review.reviewer());
    data.put("scores", review.scores());
    data.put("weightedTotal", review.weightedTotal());
    audit.record(SUBJECT, reviewId, "ReviewSubmitted", data);
    em.flush();
    long submitted = active(review.applicationId()).stream().filter(Review::submitted).count();
    if (submitted == evaluation.reviewersRequired()) {
      completed.fire(new ReviewsCompleted(application.id(), application.number()));
    }
    return review;
  }

  /** Reminds a reviewer whose review is due soon. */
  public void remind(long reviewId) {
    Review review = review(reviewId);
    if (review.status() != ReviewStatus.SCORING && review.status() != ReviewStatus.ASSIGNED) {
      return;
    }
    review.markReminded(now());
    Application application = em.find(Application.class, review.applicationId());
    audit.record(
        SUBJECT,
        reviewId,
        "ReviewerReminded",
        Map.of("application", application.number(), "reviewer", review.reviewer()));
    notifications.tell(
        List.of(review.reviewer()),
        NotificationKind.REMINDER,
        application.id(),
        "Review due soon: " + application.number(),
        "Your review of application "
            + application.number()
            + " is due on "
            + review.dueAt().toString().substring(0, 10)
            + ". After that it is escalated to the program officer and reassigned.");
  }

  /**
   * The deadline passed: the review is escalated to the program officers, the reviewer is removed
   * from it, and a replacement is asked for.
   */
  public void escalate(long reviewId) {
    Review review = review(reviewId);
    review.removeAfterEscalation("The review deadline passed without submitted scores.");
    Application application = em.find(Application.class, review.applicationId());
    audit.record(
        SUBJECT,
        reviewId,
        "ReviewEscalated",
        Map.of(
            "application", application.number(),
            "reviewer", review.reviewer(),
            "due", review.dueAt().toString()));
    notifications.tell(
        notifications.holdersOf(Role.PROGRAM_OFFICER),
        NotificationKind.ESCALATION,
        application.id(),
        "Review overdue: " + application.number(),
        review.reviewer()
            + " did not submit the review of application "
            + application.number()
            + " by its deadline. The review has been escalated: assign a replacement reviewer.");
    notifications.tell(
        List.of(review.reviewer()),
        NotificationKind.ESCALATION,
        application.id(),
        "Review withdrawn: " + application.number(),
        "Your review of application "
            + application.number()
            + " passed its deadline and has been reassigned. No further scores can be recorded.");
  }

  /** Reviewers the caller (a program officer) may assign to an application, lightest load first. */
  @RolesAllowed({"PROGRAM_OFFICER", "AUDITOR", "ADMIN"})
  public List<Candidate> candidates(long applicationId) {
    ReviewerAssignment rules = rules(applications.get(applicationId), 0);
    List<UserAccount> reviewers =
        em.createQuery(
                "select u from UserAccount u join u.roles r where r = :role and u.active = true",
                UserAccount.class)
            .setParameter("role", Role.REVIEWER)
            .getResultList();
    Map<String, Long> load =
        em
            .createQuery(
                "select r.reviewer, count(r) from Review r where r.status in :open"
                    + " group by r.reviewer",
                Object[].class)
            .setParameter("open", List.of(ReviewStatus.ASSIGNED, ReviewStatus.SCORING))
            .getResultList()
            .stream()
            .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    return reviewers.stream()
        .filter(rules::mayReview)
        .map(u -> new Candidate(u.username(), u.fullName(), load.getOrDefault(u.username(), 0L)))
        .sorted(Comparator.comparingLong(Candidate::openReviews).thenComparing(Candidate::username))
        .toList();
  }

  /** A reviewer who may be assigned, with the number of reviews it has open. */
  public record Candidate(String username, String fullName, long openReviews) {}

  /**
   * The reviews of an application as the caller may see them: staff see all; a reviewer sees its
   * own, and the others' only once it has submitted its own; the applicant sees the reviews,
   * without the reviewers' names, only after the selection decision.
   */
  public List<Review> visibleReviews(long applicationId) {
    applications.get(applicationId);
    Caller caller = callers.current();
    List<Review> all = all(applicationId);
    if (caller.has(Role.APPLICANT) && !caller.seesAllOrganizations()) {
      boolean decided = evaluation(applicationId).map(Evaluation::decided).orElse(false);
      return decided ? all.stream().filter(Review::submitted).toList() : List.of();
    }
    if (caller.seesAllOrganizations()) {
      return all;
    }
    Review own =
        all.stream()
            .filter(r -> r.reviewer().equals(caller.username()))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Application", applicationId));
    if (!own.submitted()) {
      return List.of(own);
    }
    return all.stream().filter(r -> r == own || r.submitted()).toList();
  }

  /** Every review of an application, in order of assignment (for staff views and the board). */
  public List<Review> all(long applicationId) {
    return em.createQuery(
            "select r from Review r where r.applicationId = :id order by r.id", Review.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  public java.util.Optional<Evaluation> evaluation(long applicationId) {
    return em.createQuery(
            "select e from Evaluation e where e.applicationId = :id", Evaluation.class)
        .setParameter("id", applicationId)
        .getResultStream()
        .findFirst();
  }

  private List<Review> active(long applicationId) {
    return all(applicationId).stream().filter(r -> r.status().active()).toList();
  }

  private ReviewerAssignment rules(Application application, int needed) {
    Set<String> before =
        all(application.id()).stream().map(Review::reviewer).collect(Collectors.toSet());
    return new ReviewerAssignment(application.organizationId(), before, needed);
  }

  private Evaluation lockedEvaluation(long applicationId) {
    return em.createQuery(
            "select e from Evaluation e where e.applicationId = :id", Evaluation.class)
        .setParameter("id", applicationId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Evaluation of application", applicationId));
  }

  Review review(long reviewId) {
    Review review = em.find(Review.class, reviewId);
    if (review == null) {
      throw new NotFoundException("Review", reviewId);
    }
    return review;
  }

  /**
   * A review, when the caller is its reviewer (or the system); anyone else is told it is unknown.
   */
  private Review reviewOfCaller(long reviewId) {
    Review review = review(reviewId);
    Caller caller = callers.current();
    if (caller != Caller.SYSTEM && !caller.username().equals(review.reviewer())) {
      throw new NotFoundException("Review", reviewId);
    }
    return review;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
