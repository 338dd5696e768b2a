package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lodestone.it.Api.accepted;
import static org.lodestone.it.Api.as;
import static org.lodestone.it.Api.taskFor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    long opportunity = Api.opportunity("Overdue test opportunity", "200000000.00");
    long id = accepted(opportunity, "Overdue screening project");
    String number = Api.application("alice", id).getString("number");
    String screening = "Overdue: Environmental screening on " + number;

    pastDue(taskFor("pat", "ENVIRONMENTAL_SCREENING", id));
    await().atMost(Duration.ofSeconds(60)).until(() -> notices("pat", screening) == 1);
    assertThat(notices("olivia", screening)).isEqualTo(1);
    assertThat(notices("sam", screening)).isZero();

    // a later sweep, seen by a second task falling due, reports the first one no more
    pastDue(taskFor("olivia", "RISK_REVIEW", id));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> notices("olivia", "Overdue: Risk review on " + number) == 1);
    assertThat(notices("pat", screening)).as("reported once").isEqualTo(1);
    assertThat(notices("olivia", screening)).as("reported once").isEqualTo(1);
  }

  private static void pastDue(String taskId) throws SQLException {
    try (Connection db = Database.connect()) {
      pastDue(db, taskId);
    }
  }

  /** Moves a task's due date to yesterday, as if the days had gone by. */
  static void pastDue(Connection db, String taskId) throws SQLException {
    try (PreparedStatement due =
        db.prepareStatement("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE ID_ = ?")) {
      due.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
      due.setString(2, taskId);
      assertThat(due.executeUpdate()).isEqualTo(1);
    }
  }

  private static int notices(String user, String title) {
    return as(user)
        .get("/notifications?size=200")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.findAll { it.title == '" + title + "' }")
        .size();
  }
}
