package org.lodestone.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/** The caller's open work. */
@Named
@RequestScoped
public class InboxPage {

  @Inject private WorkInbox inbox;
  private List<WorkItem> items;

  public List<WorkItem> getItems() {
    if (items == null) {
      items = inbox.openWork();
    }
    return items;
  }

  /** The page that does the work of an item. */
  public String link(WorkItem item) {
    return switch (item.type()) {
      case SCREEN_APPLICATION -> "/app/screen.xhtml?task=" + item.id();
      case CORRECT_APPLICATION -> "/app/application-edit.xhtml?id=" + item.subjectId();
      case DECLARE_CONFLICT, SCORE_APPLICATION -> "/app/review.xhtml?task=" + item.id();
      case ASSIGN_REVIEWERS,
          RECONCILE_SCORES,
          ENVIRONMENTAL_SCREENING,
          RISK_REVIEW,
          SELECT_APPLICATION ->
          "/app/evaluate.xhtml?task=" + item.id();
    };
  }
}
