package org.lodestone.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

  private static final int OFFSET = 200;
  private static final String BASE = "http://localhost:" + (8080 + OFFSET) + "/lodestone/api/v1";

  private final Path base =
      Path.of(System.getProperty("it.base.dir") + "-restart").toAbsolutePath();
  private Process server;

  private static boolean postgresql() {
    return System.getProperty("lodestone.test.jdbc.url").startsWith("jdbc:postgresql:");
  }

  private String jdbcUrl() {
    String url = System.getProperty("lodestone.test.jdbc.url");
    return postgresql()
        ? url.substring(0, url.lastIndexOf('/') + 1) + "lodestone_restart"
        : "jdbc:h2:file:" + base + "/data/lodestone/lodestone;AUTO_SERVER=TRUE";
  }

  private Connection db() throws SQLException {
    String user = System.getProperty("lodestone.test.jdbc.user");
    return DriverManager.getConnection(jdbcUrl(), user, "sa".equals(user) ? "sa" : "");
  }

  /** A fresh base directory from the test server's configuration, with the EAR to deploy. */
  private void prepare() throws IOException, SQLException {
    deleteAll(base);
    Path configuration = Path.of(System.getProperty("it.base.dir"), "configuration");
    try (Stream<Path> files = Files.walk(configuration)) {
      for (Path f : files.toList()) {
        Path to = base.resolve("configuration").resolve(configuration.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else if (!f.toString().contains("standalone_xml_history")) {
          Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(
        Path.of(System.getProperty("lodestone.ear")), base.resolve("deployments/lodestone.ear"));
    if (postgresql()) {
      String url = System.getProperty("lodestone.test.jdbc.url");
      try (Connection c =
              DriverManager.getConnection(url, System.getProperty("lodestone.test.jdbc.user"), "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS lodestone_restart WITH (FORCE)");
        s.execute("CREATE DATABASE lodestone_restart");
      }
    }
  }

  private static void deleteAll(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private void start(boolean jobExecutor) throws IOException {
    String home = System.getProperty("jboss.home");
    ProcessBuilder pb =
        new ProcessBuilder(home + "/bin/standalone.sh", "-c", "standalone.xml")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(base + "/console.log")));
    pb.environment()
        .put(
            "JAVA_OPTS",
            "-Xmx1g -Djava.net.preferIPv4Stack=true -Djboss.server.base.dir="
                + base
                + " -Djboss.socket.binding.port-offset="
                + OFFSET
                + " -Dlodestone.demo-data=true -Dlodestone.job-executor="
                + jobExecutor);
    if (postgresql()) {
      pb.environment().put("LODESTONE_DB_URL", jdbcUrl());
      pb.environment().put("LODESTONE_DB_USER", System.getProperty("lodestone.test.jdbc.user"));
    }
    server = pb.start();
    await()
        .atMost(300, SECONDS)
        .pollInterval(2, SECONDS)
        .ignoreExceptions()
        .until(() -> as("olivia").get("/awards?size=1").jsonPath().getInt("total") >= 6);
  }

  /** SIGKILL to the server and the shell that started it, as an operating system would. */
  private void kill() throws Exception {
    List<ProcessHandle> tree = server.descendants().toList();
    tree.forEach(ProcessHandle::destroyForcibly);
    server.destroyForcibly();
    for (ProcessHandle p : tree) {
      p.onExit().get(30, SECONDS);
    }
    server.waitFor();
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null && server.isAlive()) {
      kill();
    }
  }

  private static RequestSpecification as(String user) {
    return RestAssured.given()
        .baseUri(BASE)
        .auth()
        .preemptive()
        .basic(user, Api.PASSWORD)
        .contentType("application/json");
  }

  @Test
  void aServerKilledAfterTheLastApprovalReleasesThePaymentOnceWhenStartedAgain() throws Exception {
    // H2, the embedded default, writes a commit to its file only within its write delay (500 ms),
    // so a SIGKILL may undo the last approval itself; crash durability is PostgreSQL's
    org.junit.jupiter.api.Assumptions.assumeTrue(postgresql(), "runs on PostgreSQL");
    prepare();
    start(false);

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
    kill();

    // the approval is stored, the release waits as a job, nothing is disbursed
    assertThat(status(id)).isEqualTo("APPROVED");
    assertThat(disbursements(id)).isZero();
    assertThat(releaseJobs(id)).isEqualTo(1);

    start(true);
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
      assertThat(count(s)).isEqualTo(1);
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
      return count(s);
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
      return count(s);
    }
  }

  private static int count(PreparedStatement s) throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }
}
