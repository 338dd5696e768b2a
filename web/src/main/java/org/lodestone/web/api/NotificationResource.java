package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.Notification;

/** The caller's notification centre. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject private NotificationService notifications;

  public record NotificationView(
      long id,
      String kind,
      String title,
      String message,
      SubjectView subject,
      Instant created,
      boolean read) {

    static NotificationView of(Notification n) {
      return new NotificationView(
          n.id(),
          n.kind().name(),
          n.title(),
          n.message(),
          SubjectView.of(n.subject()),
          n.createdAt(),
          n.read());
    }
  }

  /** A page of notifications with the number still unread. */
  public record Inbox(List<NotificationView> items, int page, int size, long total, long unread) {}

  @GET
  public Inbox mine(@QueryParam("page") String pageText, @QueryParam("size") String sizeText) {
    Paging paging = Paging.of(pageText, sizeText);
    int page = paging.page();
    int size = paging.size();
    return new Inbox(
        notifications.mine(page, size).stream().map(NotificationView::of).toList(),
        page,
        size,
        notifications.countMine(false),
        notifications.countMine(true));
  }

  @POST
  @Path("{id}/read")
  public NotificationView read(@PathParam("id") long id) {
    return NotificationView.of(notifications.markRead(id));
  }

  @POST
  @Path("read")
  public Inbox readAll() {
    notifications.markAllRead();
    return mine(null, null);
  }
}
