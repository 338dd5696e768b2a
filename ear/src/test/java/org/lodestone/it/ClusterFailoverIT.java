package org.lodestone.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two WildFly nodes on one PostgreSQL database (ports +200 and +300), each with its job executor
 * and its overdue sweep. An overdue task is reported once across both nodes. A payment's release is
 * caught in the middle (the node running it waits to write the ledger entry) and that node is
 * killed with SIGKILL; the other node takes the release job once the dead node's lock on it expires
 * and finishes it: one DISBURSEMENT entry, one payment reference.
 */
class ClusterFailoverIT {

  private static final String DATABASE = "lodestone_cluster";
  private static final String[] CLUSTER = {
    "-Dlodestone.job-lock-time=PT10S", "-Dlodestone.overdue.interval=PT2S"
  };

  private final ServerNode a = new ServerNode("node-a", 200, DATABASE);
  private final ServerNode b = new ServerNode("node-b", 300, DATABASE);

  @AfterEach
  void stop() throws Exception {
    a.kill();
    b.kill();
  }

  @Test
  void theSweepTellsOnceAndTheSurvivorFinishesAReleaseTheKilledNodeWasIn() throws Exception {
    Assumptions.assumeTrue(ServerNode.postgresql(), "two nodes share a PostgreSQL database");
    ServerNode.freshDatabase(DATABASE);
    a.prepare();
    b.prepare();
    a.start(CLUSTER);
    b.start(CLUSTER);

    // an overdue task: both nodes sweep every 2 s, the task is reported once
    Map<String, Object> task =
        a.as("olivia").get("/tasks?size=200").jsonPath().getList("items", Map.class).stream()
            .filter(t -> "SCREEN_APPLICATION".equals(t.get("type")))
            .findFirst()
            .orElseThrow();
    String number = (String) ((Map<?, ?>) task.get("subject")).get("number");
    try (Connection db = a.db()) {
      OverdueWorkIT.pastDue(db, (String) task.get("id"));
    }
    await().atMost(60, SECONDS).until(() -> overdueNotices(number) == 1);
    // both nodes sweep four times more: the count must stay at one all along
    await()
        .during(8, SECONDS)
        .atMost(12, SECONDS)
        .until(() -> overdueNotices(number), count -> count == 1);

    // the demo's request awaiting its last approval
    Map<String, Object> request =
        a.as("fiona").get("/payment-requests").jsonPath().getList("$", Map.class).stream()
            .filter(r -> "CERTIFY_PAYMENT".equals(r.get("nextStep")))
            .findFirst()
            .orElseThrow();
    long id = ((Number) request.get("id")).longValue();
    String certify =
        a.as("fiona")
            .get("/tasks?size=200")
            .jsonPath()
            .getString(
                "items.find { it.type == 'CERTIFY_PAYMENT' && it.subject.id == " + id + " }.id");

    ServerNode victim;
    try (Connection hold = a.db()) {
      // the release can lock the award and the request but not write its ledger entry
      hold.setAutoCommit(false);
      try (Statement s = hold.createStatement()) {
        s.execute("LOCK TABLE ledger_entry IN EXCLUSIVE MODE");
      }
      a.as("fiona")
          .body(Map.of("decision", "APPROVE"))
          .post("/tasks/" + certify + "/complete")
          .then()
          .statusCode(204);
      await().atMost(60, SECONDS).until(() -> releaseLockOwner(id) != null);
      await().atMost(30, SECONDS).until(() -> waitingToWriteTheLedger(hold) == 1);
      victim = releaseLockOwner(id).startsWith(a.name()) ? a : b;
      victim.kill();
      hold.rollback();
    }
    ServerNode survivor = victim == a ? b : a;
    assertThat(survivor.alive()).isTrue();

    await()
        .atMost(90, SECONDS)
        .pollInterval(1, SECONDS)
        .until(
            () ->
                "RELEASED"
                    .equals(
                        survivor
                            .as("fiona")
                            .get("/payment-requests/" + id)
                            .jsonPath()
                            .getString("status")));
    assertThat(
            survivor
                .as("audrey")
                .get("/payment-requests/" + id)
                .jsonPath()
                .getString("paymentReference"))
        .startsWith("PAY-");
    assertThat(
            count(
                "select count(*) from ledger_entry where type = 'DISBURSEMENT' and payment_request_id = ?",
                id))
        .as("one ledger entry")
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from payment_request where payment_reference is not null and id = ?",
                id))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from audit_event where subject_type = 'PAYMENT_REQUEST'"
                    + " and subject_id = cast(? as varchar) and event_name = 'PaymentReleased'",
                id))
        .isEqualTo(1);
  }

  private int overdueNotices(String number) {
    List<String> titles =
        a.as("olivia")
            .get("/notifications?size=200")
            .jsonPath()
            .getList("items.title", String.class);
    return (int)
        titles.stream().filter(t -> t.startsWith("Overdue:") && t.contains(number)).count();
  }

  /** The node holding the release job of the request (its lock owner starts with its name). */
  private String releaseLockOwner(long id) throws SQLException {
    try (Connection db = a.db();
        PreparedStatement s =
            db.prepareStatement(
                "select j.LOCK_OWNER_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on j.JOB_DEF_ID_ = d.ID_"
                    + " join ACT_RU_EXECUTION e on j.PROCESS_INSTANCE_ID_ = e.ID_"
                    + " join payment_request r on e.BUSINESS_KEY_ = r.number"
                    + " where r.id = ? and d.ACT_ID_ = 'Task_ReleasePayment'")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  /** Sessions waiting for the table lock this connection holds (the release's ledger insert). */
  private static int waitingToWriteTheLedger(Connection hold) throws SQLException {
    try (PreparedStatement s =
        hold.prepareStatement(
            "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and lower(query) like 'insert into ledger_entry%'")) {
      return ServerNode.count(s);
    }
  }

  private int count(String sql, long id) throws SQLException {
    try (Connection db = a.db();
        PreparedStatement s = db.prepareStatement(sql)) {
      s.setLong(1, id);
      return ServerNode.count(s);
    }
  }
}
