package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.it.Api.accepted;
import static org.lodestone.it.Api.work;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notifications are e-mailed through the server's mail session once one is configured: here a real
 * SMTP server (GreenMail) started by the test, and a mail session added to the running server.
 */
class NotificationMailIT extends DeployedEar {

  private static final int SMTP_PORT = 3125;

  @Test
  void anAssignedReviewerIsEmailedOnceWhenAMailSessionIsConfigured() throws Exception {
    GreenMail smtp =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    ServerConfig server = new ServerConfig();
    server.mailSession(SMTP_PORT);
    try {
      long opportunity = Api.opportunity("Mail test opportunity", "200000000.00");
      long id = accepted(opportunity, "Mailed notification project");
      String number = Api.application("alice", id).getString("number");

      work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rita", "ravi")));

      assertThat(smtp.waitForIncomingEmail(20_000, 2)).as("one mail to each reviewer").isTrue();
      List<MimeMessage> toRita =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> recipients(m).contains("rita@lodestone.example"))
              .filter(m -> subject(m).contains(number))
              .toList();
      assertThat(toRita).hasSize(1);
      assertThat(subject(toRita.get(0))).isEqualTo("[Lodestone] Review assigned: " + number);
      assertThat(toRita.get(0).getContent().toString())
          .contains("Dear Rita Chen")
          .contains("Declare any conflict of interest first");
    } finally {
      server.removeMailSession();
      smtp.stop();
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
