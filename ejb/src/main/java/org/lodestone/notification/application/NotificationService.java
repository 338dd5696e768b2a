package org.lodestone.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.identity.UserAccount;
import org.lodestone.notification.domain.Notice;
import org.lodestone.notification.domain.Notification;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.notification.infrastructure.NotificationRepository;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.Subject;

/**
 * Tells people what needs them or what was decided, and lets each read only their own
 * notifications. Telling happens in the transaction of the change it reports; the e-mail follows
 * once that transaction has committed.
 */
@Stateless
@PermitAll
public class NotificationService {

  @Inject private NotificationRepository notifications;
  @Inject private CallerService callers;
  @Inject private ProgramClock clock;
  @Inject private Event<NotificationCreated> created;

  /** Tells each recipient once, in the transaction of the change that the notice reports. */
  public void tell(
      Collection<String> recipients, NotificationKind kind, Subject subject, Notice notice) {
    Instant now = clock.now();
    for (String recipient : new TreeSet<>(recipients)) {
      Notification notification =
          notifications.add(new Notification(recipient, kind, subject, notice, now));
      created.fire(new NotificationCreated(notification.id()));
    }
  }

  /** The active users who hold a role. */
  public Set<String> holdersOf(Role role) {
    return usernames(callers.holdersOf(role));
  }

  /** The active members of an applicant organization. */
  public Set<String> membersOf(long organizationId) {
    return usernames(callers.membersOf(organizationId));
  }

  private static Set<String> usernames(List<UserAccount> accounts) {
    Set<String> names = new TreeSet<>();
    accounts.forEach(a -> names.add(a.username()));
    return names;
  }

  /** The caller's notifications, newest first. */
  public List<Notification> mine(int page, int size) {
    return notifications.of(callers.current().username(), page * size, size);
  }

  public long countMine(boolean unreadOnly) {
    return notifications.count(callers.current().username(), unreadOnly);
  }

  /** Marks one of the caller's notifications read; someone else's answers as unknown. */
  public Notification markRead(long id) {
    String me = callers.current().username();
    Notification notification =
        notifications
            .find(id)
            .filter(n -> n.recipient().equals(me))
            .orElseThrow(() -> new NotFoundException("Notification", id));
    notification.markRead(clock.now());
    return notification;
  }

  public int markAllRead() {
    return notifications.markAllRead(callers.current().username(), clock.now());
  }
}
