package org.lodestone.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * How long verifying the audit chain takes at scale (not a test of speed: it prints figures).
 * Writes {@code bench.events} events (1,000,000) through the real schema (Flyway's migrations) into
 * H2 and PostgreSQL, then verifies them as {@code AuditTrail.verify} does: pages of 1,000 by id,
 * each event's hash recomputed and its link checked, against a seal of the head. Run by hand:
 * {@code ./mvnw -Pbench -pl ejb test}; PostgreSQL on 127.0.0.1:5432 as postgres (database
 * lodestone_bench, dropped and created).
 */
class AuditChainBench {

  private static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);

  @Test
  void verificationOfAMillionEvents() throws Exception {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%n| database | events | write | verify | events/s | heap in use while verifying (garbage included) |%n"));
    table.append(String.format("|---|---|---|---|---|---|%n"));
    String h2 = "jdbc:h2:file:./target/bench/lodestone;DB_CLOSE_ON_EXIT=FALSE";
    java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("target/bench/lodestone.mv.db"));
    table.append(run("H2", h2, "sa", "sa", false));
    try (Connection admin =
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
      admin.createStatement().execute("DROP DATABASE IF EXISTS lodestone_bench");
      admin.createStatement().execute("CREATE DATABASE lodestone_bench");
    }
    table.append(
        run(
            "PostgreSQL",
            "jdbc:postgresql://127.0.0.1:5432/lodestone_bench?reWriteBatchedInserts=true",
            "postgres",
            "",
            true));
    System.out.println(table);
  }

  private static String run(String name, String url, String user, String password, boolean pg)
      throws SQLException {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations(
            pg
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"})
        .placeholders(Map.of("binary", pg ? "BYTEA" : "VARBINARY"))
        .table("schema_history")
        .load()
        .migrate();
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      long writeStart = System.nanoTime();
      AuditChainHead head = write(db);
      long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
      System.gc();
      long heapBefore = usedHeap();
      long verifyStart = System.nanoTime();
      long[] peak = {0};
      ChainVerification verification =
          BenchChain.verify(db, head, () -> peak[0] = Math.max(peak[0], usedHeap() - heapBefore));
      long verifyMillis = (System.nanoTime() - verifyStart) / 1_000_000;
      assertThat(verification.valid()).isTrue();
      assertThat(verification.events()).isEqualTo(EVENTS);
      return String.format(
          "| %s | %,d | %.1f s | %.1f s | %,d | %d MB at most |%n",
          name,
          verification.events(),
          writeMillis / 1000.0,
          verifyMillis / 1000.0,
          verification.events() * 1000 / Math.max(1, verifyMillis),
          peak[0] / (1024 * 1024));
    }
  }

  /** Events like the program's (an actor, a subject, a payload of a few fields), in batches. */
  private static AuditChainHead write(Connection db) throws SQLException {
    AuditChainHead head = AuditChainHead.empty();
    Instant start = Instant.parse("2027-01-01T00:00:00Z");
    try (PreparedStatement insert = db.prepareStatement(BenchChain.INSERT)) {
      for (int i = 1; i <= EVENTS; i++) {
        AuditEvent e =
            head.append(
                start.plusMillis(i * 250L),
                i % 3 == 0 ? "fiona" : "alice",
                "PAYMENT_REQUEST",
                Integer.toString(i % 5000),
                i % 2 == 0 ? "PaymentApproved" : "PaymentRequested",
                Map.of("amount", (i % 997) + "000.00", "before", "SUBMITTED", "after", "APPROVED"));
        BenchChain.add(insert, e);
        if (i % 5000 == 0) {
          insert.executeBatch();
          db.commit();
        }
      }
      insert.executeBatch();
    }
    try (Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE audit_chain_head SET last_event_id = "
              + head.lastEventId()
              + ", last_hash = '"
              + head.lastHash()
              + "'");
    }
    db.commit();
    return head;
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
