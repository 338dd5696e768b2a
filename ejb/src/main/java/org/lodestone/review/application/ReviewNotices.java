package org.lodestone.review.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.lodestone.intake.domain.Application;
import org.lodestone.notification.domain.Notice;

/** What review and selection tell people, in the program's words. */
final class ReviewNotices {

  private ReviewNotices() {}

  static Notice assigned(Application application, LocalDate due) {
    return new Notice(
        "Review assigned: " + application.number(),
        "You have been asked to review application "
            + application.number()
            + " ("
            + application.details().title()
            + "). Declare any conflict of interest first; the review is due "
            + due
            + ".");
  }

  static Notice conflict(Application application, String reviewer) {
    return new Notice(
        "Replacement reviewer needed: " + application.number(),
        reviewer
            + " declared a conflict of interest on application "
            + application.number()
            + " and has been removed from its review. Assign a replacement.");
  }

  static Notice reminder(Application application, LocalDate due) {
    return new Notice(
        "Review due soon: " + application.number(),
        "Your review of application "
            + application.number()
            + " is due on "
            + due
            + ". After that it is escalated to the program officer and reassigned.");
  }

  static Notice overdueToOfficers(Application application, String reviewer) {
    return new Notice(
        "Review overdue: " + application.number(),
        reviewer
            + " did not submit the review of application "
            + application.number()
            + " by its deadline. The review has been escalated: assign a replacement reviewer.");
  }

  static Notice withdrawnFromReviewer(Application application) {
    return new Notice(
        "Review withdrawn: " + application.number(),
        "Your review of application "
            + application.number()
            + " passed its deadline and has been reassigned. No further scores can be recorded.");
  }

  static Notice disagreement(Application application, BigDecimal spread, BigDecimal maxSpread) {
    return new Notice(
        "Reviewers disagree: " + application.number(),
        "The weighted totals of application "
            + application.number()
            + " spread "
            + spread
            + " points (more than "
            + maxSpread
            + "). Reconcile them and record the consensus with a rationale.");
  }

  static Notice decision(Application application, boolean selected) {
    return new Notice(
        (selected ? "Selected for award negotiation: " : "Not selected: ") + application.number(),
        "The selecting official has "
            + (selected ? "selected" : "declined")
            + " application "
            + application.number()
            + " ("
            + application.details().title()
            + "). The decision and the reviewers' consensus feedback are on the application's"
            + " page.");
  }
}
