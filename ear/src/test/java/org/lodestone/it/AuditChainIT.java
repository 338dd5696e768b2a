package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit chain verifies after real work and reports the first event altered in the database. */
class AuditChainIT extends DeployedEar {

  @Test
  void chainIsValidAfterTheSliceAndBrokenAtTheRowAlteredInTheDatabase() throws SQLException {
    long id = Api.ready("alice", "Audit trail test");
    as("alice").post("/applications/" + id + "/submit").then().statusCode(200);

    List<String> trail =
        as("audrey")
            .get("/audit/events?subject=APPLICATION:" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("event");
    assertThat(trail)
        .containsExactly(
            "ApplicationEligible",
            "ApplicationSubmitted",
            "DocumentAttached",
            "DocumentAttached",
            "ApplicationDrafted");
    as("alice").get("/audit/events?subject=APPLICATION:" + id).then().statusCode(403);

    JsonPath before = verification();
    assertThat(before.getBoolean("valid")).isTrue();
    assertThat(before.getLong("events")).isGreaterThanOrEqualTo(2);

    try (Connection db = Database.connect()) {
      long eventId = submittedEventOf(db, id);
      String actor = actorOf(db, eventId);
      update(db, eventId, "mallory");
      try {
        JsonPath broken = verification();
        assertThat(broken.getBoolean("valid")).isFalse();
        assertThat(broken.getLong("firstBrokenEventId")).isEqualTo(eventId);
      } finally {
        update(db, eventId, actor);
      }
    }
    assertThat(verification().getBoolean("valid")).as("restored row verifies again").isTrue();
  }

  private static JsonPath verification() {
    return as("audrey").get("/audit/verification").then().statusCode(200).extract().jsonPath();
  }

  private static long submittedEventOf(Connection db, long applicationId) throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT id FROM audit_event WHERE subject_type = 'APPLICATION' AND subject_id = ? AND event_name = 'ApplicationSubmitted'")) {
      q.setString(1, Long.toString(applicationId));
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getLong(1);
      }
    }
  }

  private static String actorOf(Connection db, long eventId) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT actor FROM audit_event WHERE id = ?")) {
      q.setLong(1, eventId);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void update(Connection db, long eventId, String actor) throws SQLException {
    try (PreparedStatement u =
        db.prepareStatement("UPDATE audit_event SET actor = ? WHERE id = ?")) {
      u.setString(1, actor);
      u.setLong(2, eventId);
      assertThat(u.executeUpdate()).isEqualTo(1);
    }
  }
}
