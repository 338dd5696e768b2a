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

    try (Connection db = Database.asSuperuser()) {
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

  @Test
  void aTailRewrittenConsistentlyWithItsHeadIsCaughtByTheSealsAndLocated() throws SQLException {
    long sealed = seal();
    Api.ready("alice", "Sealed chain test one");
    long secondSeal = seal();
    assertThat(secondSeal).isGreaterThan(sealed);
    Api.ready("alice", "Sealed chain test two");
    assertThat(verification().getBoolean("valid")).isTrue();

    try (Connection db = Database.asSuperuser()) {
      List<Event> original = eventsAfter(db, sealed);
      String originalHead = head(db);
      rewrite(db, original, "mallory");
      try {
        JsonPath links = verification();
        assertThat(links.getBoolean("valid")).isFalse();
        assertThat(links.getLong("firstBrokenEventId"))
            .as("the first event after the last seal that still matches")
            .isEqualTo(sealed + 1);
        assertThat(links.getLong("lastSealedEventId")).isEqualTo(sealed);
        assertThat(links.getInt("seals")).isGreaterThanOrEqualTo(2);
      } finally {
        restore(db, original, originalHead);
      }
    }
    assertThat(verification().getBoolean("valid")).as("restored chain verifies again").isTrue();
  }

  @Test
  void sealsAreSignedWithTheServersKeyAndOnlyAuditorsSealOrDownloadThem() {
    as("alice").post("/audit/seals").then().statusCode(403);
    as("fiona").accept("*/*").get("/audit/seals/file").then().statusCode(403);
    long sealed = seal();
    JsonPath seals = as("audrey").get("/audit/seals").then().statusCode(200).extract().jsonPath();
    assertThat(seals.getList("lastEventId", Long.class)).contains(sealed);
    String file =
        as("audrey")
            .accept("*/*")
            .get("/audit/seals/file")
            .then()
            .statusCode(200)
            .header(
                "Content-Disposition", org.hamcrest.Matchers.containsString("audit-seals.jsonl"))
            .extract()
            .asString();
    assertThat(file.lines()).hasSize(seals.getList("number").size());
    assertThat(
            as("audrey")
                .accept("*/*")
                .get("/audit/seals/certificate")
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void onPostgresqlTheDatabaseRefusesToChangeOrRemoveAnAuditEvent() throws Exception {
    try (Connection db = Database.connect()) {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          Database.isPostgres(db), "the append-only trigger is PostgreSQL's");
      Api.ready("alice", "Append-only audit test");
      for (String sql :
          List.of(
              "update audit_event set actor = 'mallory'",
              "delete from audit_event",
              "truncate audit_event")) {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> db.createStatement().executeUpdate(sql))
            .as(sql)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("audit_event is append-only");
      }
    }
    assertThat(verification().getBoolean("valid")).isTrue();
  }

  /** Seals the head now; answers the sealed event id. */
  private static long seal() {
    return as("audrey")
        .post("/audit/seals")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("lastEventId");
  }

  private record Event(
      long id,
      java.time.Instant at,
      String actor,
      String subjectType,
      String subjectId,
      String name,
      String data,
      String previousHash,
      String hash) {

    /** The event's hash as the server computes it (AuditEvent.canonicalForm). */
    static String hash(Event e, String actor, String previousHash) {
      String canonical =
          String.join(
              "\u001f",
              Long.toString(e.id),
              e.at.toString(),
              actor,
              e.subjectType,
              e.subjectId,
              e.name,
              e.data,
              previousHash);
      try {
        return java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (java.security.NoSuchAlgorithmException ex) {
        throw new IllegalStateException(ex);
      }
    }
  }

  private static List<Event> eventsAfter(Connection db, long after) throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement("SELECT * FROM audit_event WHERE id > ? ORDER BY id")) {
      q.setLong(1, after);
      try (ResultSet rs = q.executeQuery()) {
        List<Event> events = new java.util.ArrayList<>();
        while (rs.next()) {
          events.add(
              new Event(
                  rs.getLong("id"),
                  rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                  rs.getString("actor"),
                  rs.getString("subject_type"),
                  rs.getString("subject_id"),
                  rs.getString("event_name"),
                  rs.getString("data"),
                  rs.getString("previous_hash"),
                  rs.getString("hash")));
        }
        return events;
      }
    }
  }

  private static String head(Connection db) throws SQLException {
    try (ResultSet rs =
        db.createStatement().executeQuery("SELECT last_hash FROM audit_chain_head")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * What someone with write access could do: change the first event after the seal, recompute its
   * hash and every later link, and move the head to match. Every link then verifies.
   */
  private static void rewrite(Connection db, List<Event> events, String actor) throws SQLException {
    String previous = events.get(0).previousHash();
    for (Event e : events) {
      String newActor = e == events.get(0) ? actor : e.actor();
      String hash = Event.hash(e, newActor, previous);
      store(db, e.id(), newActor, previous, hash);
      previous = hash;
    }
    setHead(db, previous);
  }

  private static void restore(Connection db, List<Event> events, String head) throws SQLException {
    for (Event e : events) {
      store(db, e.id(), e.actor(), e.previousHash(), e.hash());
    }
    setHead(db, head);
  }

  private static void store(Connection db, long id, String actor, String previous, String hash)
      throws SQLException {
    try (PreparedStatement u =
        db.prepareStatement(
            "UPDATE audit_event SET actor = ?, previous_hash = ?, hash = ? WHERE id = ?")) {
      u.setString(1, actor);
      u.setString(2, previous);
      u.setString(3, hash);
      u.setLong(4, id);
      assertThat(u.executeUpdate()).isEqualTo(1);
    }
  }

  private static void setHead(Connection db, String hash) throws SQLException {
    try (PreparedStatement u = db.prepareStatement("UPDATE audit_chain_head SET last_hash = ?")) {
      u.setString(1, hash);
      assertThat(u.executeUpdate()).isEqualTo(1);
    }
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
