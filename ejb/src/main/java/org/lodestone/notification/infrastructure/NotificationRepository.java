package org.lodestone.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.lodestone.notification.domain.Notification;
import org.lodestone.shared.JpaRepository;

/** What each person has been told. */
@ApplicationScoped
public class NotificationRepository extends JpaRepository<Notification, Long> {

  public NotificationRepository() {
    super(Notification.class, "Notification");
  }

  /** A recipient's notifications, newest first. */
  public List<Notification> of(String recipient, int first, int max) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :me order by n.id desc",
            Notification.class)
        .setParameter("me", recipient)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(String recipient, boolean unreadOnly) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :me"
                + (unreadOnly ? " and n.readAt is null" : ""),
            Long.class)
        .setParameter("me", recipient)
        .getSingleResult();
  }

  public int markAllRead(String recipient, Instant at) {
    return em.createQuery(
            "update Notification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
        .setParameter("now", at)
        .setParameter("me", recipient)
        .executeUpdate();
  }
}
