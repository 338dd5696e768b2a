package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.it.Api.accepted;
import static org.lodestone.it.Api.as;
import static org.lodestone.it.Api.taskFor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Overdue steps escalate: once a task's due date has passed (here moved into the past in the
 * database, as if the days had gone by), the next sweep of the running server (every 5 s in the
 * tests) tells whoever may do it and the program officers, once.
 */
class OverdueWorkIT extends DeployedEar {

  @Test
  void anOverdueStepIsReportedOnceToWhoeverMayDoItAndToTheProgramOfficers() throws Exception {
    long opportunity = Api.opportunity("Overdue test opportunity", "500000000.00");
    long id = accepted(opportunity, "Overdue screening project");
    String number = Api.application("alice", id).getString("number");
    String task = taskFor("pat", "ENVIRONMENTAL_SCREENING", id);
    try (Connection db = Database.connect();
        PreparedStatement due =
            db.prepareStatement("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE ID_ = ?")) {
      due.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
      due.setString(2, task);
      assertThat(due.executeUpdate()).isEqualTo(1);
    }

    Instant end = Instant.now().plus(Duration.ofSeconds(60));
    while (overdueNotices("pat", number) == 0 && Instant.now().isBefore(end)) {
      Thread.sleep(1000);
    }
    assertThat(overdueNotices("pat", number)).isEqualTo(1);
    assertThat(overdueNotices("olivia", number)).isEqualTo(1);
    assertThat(overdueNotices("sam", number)).isZero();

    Thread.sleep(11_000); // two more sweeps
    assertThat(overdueNotices("pat", number)).as("reported once").isEqualTo(1);
  }

  private static int overdueNotices(String user, String number) {
    return as(user)
        .get("/notifications?size=200")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList(
            "items.findAll { it.title == 'Overdue: Environmental screening on " + number + "' }")
        .size();
  }
}
