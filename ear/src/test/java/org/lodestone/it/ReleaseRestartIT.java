package org.lodestone.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server killed with SIGKILL right after the last approval of a payment, and started again,
 * releases it exactly once: one DISBURSEMENT entry and one payment reference. The release is an
 * async continuation, so the approval's transaction ends with the job stored; the server here runs
 * its own WildFly (ports +200) on its own database, first without its job executor so that the kill
 * falls between the approval and the release, then with it.
 */
class ReleaseRestartIT {

  private final ServerNode server = new ServerNode("restart", 200, "lodestone_restart");

  @AfterEach
  void stop() throws Exception {
    server.kill();
  }

  private RequestSpecification as(String user) {
    return server.as(user);
  }

  private Connection db() throws SQLException {
    return server.db();
  }

  @Test
  void aServerKilledAfterTheLastApprovalReleasesThePaymentOnceWhenStartedAgain() throws Exception {
    // H2, the embedded default, writes a commit to its file only within its write delay (500 ms),
    // so a SIGKILL may undo the last approval itself; crash durability is PostgreSQL's
    org.junit.jupiter.api.Assumptions.assumeTrue(ServerNode.postgresql(), "runs on PostgreSQL");
    ServerNode.freshDatabase("lodestone_restart");
    server.prepare();
    server.start("-Dlodestone.job-executor=false");

    // the demo's request awaiting its finance certification: the last approval it needs
    List<Map<String, Object>> desk = as("fiona").get("/payment-requests").jsonPath().getList("$");
    Map<String, Object> request =
        desk.stream()
            .filter(r -> "CERTIFY_PAYMENT".equals(r.get("nextStep")))
            .findFirst()
            .orElseThrow();
    long id = ((Number) request.get("id")).longValue();
    String task =
        as("fiona")
            .get("/tasks?size=200")
            .jsonPath()
            .getString(
                "items.find { it.type == 'CERTIFY_PAYMENT' && it.subject.id == " + id + " }.id");
    as("fiona")
        .body(Map.of("decision", "APPROVE"))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(204);
    server.kill();

    // the approval is stored, the release waits as a job, nothing is disbursed
    assertThat(status(id)).isEqualTo("APPROVED");
    assertThat(disbursements(id)).isZero();
    assertThat(releaseJobs(id)).isEqualTo(1);

    server.start();
    await()
        .atMost(60, SECONDS)
        .until(
            () ->
                "RELEASED"
                    .equals(
                        as("fiona").get("/payment-requests/" + id).jsonPath().getString("status")));
    JsonPath released = as("audrey").get("/payment-requests/" + id).jsonPath();
    assertThat(released.getString("paymentReference")).startsWith("PAY-");
    assertThat(disbursements(id)).isEqualTo(1);
    assertThat(releaseJobs(id)).isZero();
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from audit_event where subject_type = 'PAYMENT_REQUEST'"
                    + " and subject_id = ? and event_name = 'PaymentReleased'")) {
      s.setString(1, Long.toString(id));
      assertThat(ServerNode.count(s)).isEqualTo(1);
    }
  }

  private String status(long id) throws SQLException {
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement("select status from payment_request where id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private int disbursements(long id) throws SQLException {
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from ledger_entry where type = 'DISBURSEMENT' and payment_request_id = ?")) {
      s.setLong(1, id);
      return ServerNode.count(s);
    }
  }

  private int releaseJobs(long id) throws SQLException {
    try (Connection c = db();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on j.JOB_DEF_ID_ = d.ID_"
                    + " join ACT_RU_EXECUTION e on j.PROCESS_INSTANCE_ID_ = e.ID_"
                    + " join payment_request r on e.BUSINESS_KEY_ = r.number"
                    + " where r.id = ? and d.ACT_ID_ = 'Task_ReleasePayment'")) {
      s.setLong(1, id);
      return ServerNode.count(s);
    }
  }
}
