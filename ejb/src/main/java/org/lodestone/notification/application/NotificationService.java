package org.lodestone.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.notification.domain.Notification;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.shared.NotFoundException;

/**
 * Tells people what needs them or what was decided, and lets each read only their own
 * notifications. Telling happens in the transaction of the change it reports; the e-mail follows
 * once that transaction has committed.
 */
@Stateless
@PermitAll
public class NotificationService {

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;
  @Inject private Event<NotificationCreated> created;

  public void tell(
      Collection<String> recipients,
      NotificationKind kind,
      Long applicationId,
      String title,
      String message) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    for (String recipient : new TreeSet<>(recipients)) {
      Notification notification =
          new Notification(recipient, kind, title, message, applicationId, now);
      em.persist(notification);
      em.flush();
      created.fire(new NotificationCreated(notification.id()));
    }
  }

  /** The active users who hold a role. */
  public Set<String> holdersOf(Role role) {
    return new TreeSet<>(
        em.createQuery(
                "select u.username from UserAccount u join u.roles r"
                    + " where r = :role and u.active = true",
                String.class)
            .setParameter("role", role)
            .getResultList());
  }

  /** The active members of an applicant organization. */
  public Set<String> membersOf(long organizationId) {
    return new TreeSet<>(
        em.createQuery(
                "select u.username from UserAccount u"
                    + " where u.organizationId = :organization and u.active = true",
                String.class)
            .setParameter("organization", organizationId)
            .getResultList());
  }

  /** The caller's notifications, newest first. */
  public List<Notification> mine(int page, int size) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :me order by n.id desc",
            Notification.class)
        .setParameter("me", callers.current().username())
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long countMine(boolean unreadOnly) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :me"
                + (unreadOnly ? " and n.readAt is null" : ""),
            Long.class)
        .setParameter("me", callers.current().username())
        .getSingleResult();
  }

  /** Marks one of the caller's notifications read; someone else's answers as unknown. */
  public Notification markRead(long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null || !notification.recipient().equals(callers.current().username())) {
      throw new NotFoundException("Notification", id);
    }
    notification.markRead(Instant.now().truncatedTo(ChronoUnit.MICROS));
    return notification;
  }

  public int markAllRead() {
    return em.createQuery(
            "update Notification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
        .setParameter("now", Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setParameter("me", callers.current().username())
        .executeUpdate();
  }
}
