package org.lodestone.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.Notification;

/** The caller's notification centre, and the unread count in the header. */
@Named
@RequestScoped
public class NotificationsPage {

  @Inject private NotificationService notifications;
  private List<Notification> items;
  private Long unread;

  public List<Notification> getItems() {
    if (items == null) {
      items = notifications.mine(0, 100);
    }
    return items;
  }

  public long getUnread() {
    if (unread == null) {
      unread = notifications.countMine(true);
    }
    return unread;
  }

  /** Marks a notification read and opens what it is about. */
  public String open(long id) {
    Notification n = notifications.markRead(id);
    String page = TaskPages.of(n.subject());
    return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
  }

  public String markAllRead() {
    int count = notifications.markAllRead();
    Messages.info(
        count == 1 ? "1 notification marked read." : count + " notifications marked read.");
    return "/app/notifications.xhtml?faces-redirect=true";
  }
}
