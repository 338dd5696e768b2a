package org.lodestone.web.ui;

import java.util.Map;
import org.lodestone.shared.Subject;
import org.lodestone.workflow.award.AwardTasks;
import org.lodestone.workflow.inbox.TaskType;
import org.lodestone.workflow.inbox.WorkItem;
import org.lodestone.workflow.intake.IntakeTasks;
import org.lodestone.workflow.permitting.PermittingTasks;
import org.lodestone.workflow.reporting.ReportTasks;
import org.lodestone.workflow.review.ReviewTasks;

/**
 * Which page does which work, and which page shows a subject: the web layer's one map of them. A
 * context that adds task types adds its pages here.
 */
final class TaskPages {

  private static final Map<TaskType, String> PAGES =
      Map.ofEntries(
          Map.entry(IntakeTasks.SCREEN_APPLICATION, "/app/screen.xhtml?task="),
          Map.entry(ReviewTasks.DECLARE_CONFLICT, "/app/review.xhtml?task="),
          Map.entry(ReviewTasks.SCORE_APPLICATION, "/app/review.xhtml?task="),
          Map.entry(ReviewTasks.ASSIGN_REVIEWERS, "/app/evaluate.xhtml?task="),
          Map.entry(ReviewTasks.RECONCILE_SCORES, "/app/evaluate.xhtml?task="),
          Map.entry(ReviewTasks.ENVIRONMENTAL_SCREENING, "/app/evaluate.xhtml?task="),
          Map.entry(ReviewTasks.RISK_REVIEW, "/app/evaluate.xhtml?task="),
          Map.entry(ReviewTasks.SELECT_APPLICATION, "/app/evaluate.xhtml?task="));

  /** Work done on the page of its subject's report, or of its award's closeout. */
  private static final Map<TaskType, String> SUBJECT_PAGES =
      Map.of(
          ReportTasks.SUBMIT_PROGRESS_REPORT, "/app/report.xhtml?id=",
          ReportTasks.REVIEW_PROGRESS_REPORT, "/app/report.xhtml?id=",
          ReportTasks.SUBMIT_FINANCIAL_REPORT, "/app/report.xhtml?id=",
          ReportTasks.CLOSE_AWARD, "/app/closeout.xhtml?award=");

  private TaskPages() {}

  /** The page that does the work of an item; work done elsewhere opens its subject. */
  static String link(WorkItem item) {
    if (item.type() == IntakeTasks.CORRECT_APPLICATION) {
      return "/app/application-edit.xhtml?id=" + item.subject().id();
    }
    if (item.type() == AwardTasks.PREPARE_AWARD) {
      return "/app/award-edit.xhtml?id=" + item.subject().id();
    }
    if (item.type() == PermittingTasks.UPDATE_TIMETABLE) {
      return "/app/timetable.xhtml?award=" + item.subject().id();
    }
    if (SUBJECT_PAGES.containsKey(item.type())) {
      return SUBJECT_PAGES.get(item.type()) + item.subject().id();
    }
    String page = PAGES.get(item.type());
    return page == null ? of(item.subject()) : page + item.id();
  }

  /** The page that shows a subject. */
  static String of(Subject subject) {
    return switch (subject.kind()) {
      case APPLICATION -> "/app/application.xhtml?id=" + subject.id();
      case AWARD -> "/app/award.xhtml?id=" + subject.id();
      case CONDITION -> "/app/award.xhtml?condition=" + subject.id();
      case AMENDMENT -> "/app/award.xhtml?amendment=" + subject.id();
      case PERMIT -> "/app/timetable.xhtml?permit=" + subject.id();
      case MILESTONE -> "/app/payments.xhtml?milestone=" + subject.id();
      case PAYMENT_REQUEST -> "/app/payment-request.xhtml?id=" + subject.id();
      case REPORT -> "/app/report.xhtml?id=" + subject.id();
      default -> "/app/notifications.xhtml";
    };
  }
}
