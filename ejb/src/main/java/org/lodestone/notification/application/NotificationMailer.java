package org.lodestone.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.lodestone.identity.UserAccount;
import org.lodestone.notification.domain.Notification;

/**
 * E-mails each notification once its transaction has committed, through the server's mail session
 * {@value #MAIL_SESSION} when one is configured (looked up on each send, so one added to a running
 * server is used at once). A notification is e-mailed at most once.
 */
@Stateless
@PermitAll
public class NotificationMailer {

  public static final String MAIL_SESSION = "java:jboss/mail/lodestone";
  static final String FROM = "lodestone-notifications@lodestone.example";
  private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

  @PersistenceContext private EntityManager em;

  @Asynchronous
  public void afterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated created) {
    Optional<Session> session = mailSession();
    if (session.isEmpty()) {
      return;
    }
    Notification notification =
        em.find(Notification.class, created.notificationId(), LockModeType.PESSIMISTIC_WRITE);
    UserAccount recipient = em.find(UserAccount.class, notification.recipient());
    if (recipient == null || recipient.email().isEmpty()) {
      return;
    }
    if (!notification.markEmailed(Instant.now())) {
      return;
    }
    try {
      MimeMessage mail = new MimeMessage(session.get());
      mail.setFrom(new InternetAddress(FROM));
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email().get()));
      mail.setSubject("[Lodestone] " + notification.title(), "UTF-8");
      mail.setText(
          "Dear "
              + recipient.fullName()
              + ",\n\n"
              + notification.message()
              + "\n\nSign in to Lodestone to see it in your notifications.\n",
          "UTF-8");
      Transport.send(mail);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Could not e-mail notification " + notification.id(), e);
      throw new IllegalStateException("e-mail not sent", e);
    }
  }

  private static Optional<Session> mailSession() {
    try {
      return Optional.of(InitialContext.doLookup(MAIL_SESSION));
    } catch (NamingException e) {
      return Optional.empty();
    }
  }
}
