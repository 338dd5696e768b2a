package org.lodestone.review.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.review.domain.Evaluation;
import org.lodestone.review.domain.Review;
import org.lodestone.review.domain.ReviewStatus;
import org.lodestone.review.domain.ReviewerAssignment;
import org.lodestone.review.infrastructure.EvaluationRepository;
import org.lodestone.review.infrastructure.ReviewRepository;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.ProgramSettings;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Subject;
import org.lodestone.shared.SubjectKind;

/**
 * Reviewers and their reviews: assignment and replacement, conflict declarations, scores, reminders
 * and escalations, and who may read which scores. The process steps call the commands (the process
 * decides who may act); every read is scoped to the caller.
 */
@Stateless
@PermitAll
public class ReviewService {

  static final SubjectKind SUBJECT = SubjectKind.REVIEW;

  @Inject private ReviewRepository reviewRepository;
  @Inject private EvaluationRepository evaluations;
  @Inject private CallerService callers;
  @Inject private ApplicationService applications;
  @Inject private OpportunityService opportunities;
  @Inject private AuditTrail audit;
  @Inject private NotificationService notifications;
  @Inject private Event<ReviewerAssigned> assigned;
  @Inject private Event<ReviewsCompleted> completed;
  @Inject private ProgramSettings settings;
  @Inject private ProgramClock clock;

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
    Application application = applications.require(applicationId);
    List<String> names = reviewers == null ? List.of() : reviewers;
    rules(application, needed).check(names, callers::account);
    Instant now = clock.now();
    Instant due = now.plus(settings.getReviewPeriod());
    Instant reminder = due.minus(settings.getReminderLead());
    List<Review> created = new ArrayList<>();
    for (String name : names) {
      Review review = new Review(applicationId, name, now, due);
      reviewRepository.add(review);
      created.add(review);
      audit.record(
          SUBJECT,
          review.id(),
          "ReviewerAssigned",
          Map.of("application", application.number(), "reviewer", name, "due", due.toString()));
      notifications.tell(
          List.of(name),
          NotificationKind.ASSIGNMENT,
          subject(application),
          ReviewNotices.assigned(application, clock.dateOf(due)));
      assigned.fire(
          new ReviewerAssigned(
              review.id(), applicationId, application.number(), name, reminder, due));
    }
    return created;
  }

  /** The reviewer declares whether it has a conflict of interest. */
  public void declare(long reviewId, boolean conflict, String explanation) {
    Review review = reviewOfCaller(reviewId);
    lockedEvaluation(review.applicationId());
    review.declare(conflict, explanation, clock.now());
    Application application = applications.require(review.applicationId());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("application", application.number());
    data.put("reviewer", review.reviewer());
    data.put("explanation", review.conflictExplanation());
    audit.record(SUBJECT, reviewId, conflict ? "ConflictDeclared" : "NoConflictDeclared", data);
    if (conflict) {
      notifications.tell(
          notifications.holdersOf(Role.PROGRAM_OFFICER),
          NotificationKind.CONFLICT,
          subject(application),
          ReviewNotices.conflict(application, review.reviewer()));
    }
  }

  /**
   * Records the reviewer's scores; when the application then has all the reviews it needs, its
   * review process is told.
   */
  public Review submitScores(long reviewId, Map<String, Integer> scores, String comments) {
    Review review = reviewOfCaller(reviewId);
    Evaluation evaluation = lockedEvaluation(review.applicationId());
    FundingOpportunity opportunity = opportunities.require(evaluation.opportunityId());
    review.submit(scores, comments, opportunity.criteria(), clock.now());
    Application application = applications.require(review.applicationId());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("application", application.number());
    data.put("reviewer", review.reviewer());
    data.put("scores", review.scores());
    data.put("weightedTotal", review.weightedTotal());
    audit.record(SUBJECT, reviewId, "ReviewSubmitted", data);
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
    review.markReminded(clock.now());
    Application application = applications.require(review.applicationId());
    audit.record(
        SUBJECT,
        reviewId,
        "ReviewerReminded",
        Map.of("application", application.number(), "reviewer", review.reviewer()));
    notifications.tell(
        List.of(review.reviewer()),
        NotificationKind.REMINDER,
        subject(application),
        ReviewNotices.reminder(application, clock.dateOf(review.dueAt())));
  }

  /**
   * The deadline passed: the review is escalated to the program officers, the reviewer is removed
   * from it, and a replacement is asked for.
   */
  public void escalate(long reviewId) {
    Review review = review(reviewId);
    lockedEvaluation(review.applicationId());
    review.removeAfterEscalation("The review deadline passed without submitted scores.");
    Application application = applications.require(review.applicationId());
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
        subject(application),
        ReviewNotices.overdueToOfficers(application, review.reviewer()));
    notifications.tell(
        List.of(review.reviewer()),
        NotificationKind.ESCALATION,
        subject(application),
        ReviewNotices.withdrawnFromReviewer(application));
  }

  /** Reviewers the caller (a program officer) may assign to an application, lightest load first. */
  @RolesAllowed({"PROGRAM_OFFICER", "AUDITOR", "ADMIN"})
  public List<Candidate> candidates(long applicationId) {
    ReviewerAssignment rules = rules(applications.get(applicationId), 0);
    List<UserAccount> reviewers = callers.holdersOf(Role.REVIEWER);
    Map<String, Long> load = reviewRepository.openByReviewer();
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
    return reviewRepository.ofApplication(applicationId);
  }

  public java.util.Optional<Evaluation> evaluation(long applicationId) {
    return evaluations.ofApplication(applicationId);
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
    return evaluations.lockOfApplication(applicationId);
  }

  Review review(long reviewId) {
    return reviewRepository.get(reviewId);
  }

  /**
   * A review, when the caller is its reviewer (or the system); anyone else is told it is unknown.
   */
  private Review reviewOfCaller(long reviewId) {
    Review review = review(reviewId);
    Caller caller = callers.current();
    if (!caller.isSystem() && !caller.username().equals(review.reviewer())) {
      throw new NotFoundException("Review", reviewId);
    }
    return review;
  }

  static Subject subject(Application application) {
    return application.subject();
  }
}
