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
    return TaskPages.link(item);
  }
}
