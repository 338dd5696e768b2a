package org.lodestone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.lodestone.audit.domain.AuditChainHead;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.audit.domain.BenchChain;
import org.lodestone.audit.domain.ChainVerification;
import org.lodestone.identity.PasswordHash;

/**
 * A program of full size on PostgreSQL, written in bulk through the real schema (Flyway's
 * migrations), not through the API: 100,000 applications over eight opportunities, 5,000 awards
 * with four milestones and three permits each, 1,000,000 ledger entries (an obligation and 199
 * disbursements per award, each with its released payment request, never more than half the
 * obligation disbursed), 10,000 payment requests on their way, and 2,000,000 audit events in one
 * hash chain. Then it checks the ledger never over-disburses and verifies the chain as the server
 * does, and prints the figures. The users it makes are named {@code bench-*} (password {@code
 * bench}); it refuses a database that holds any other user or organization, so that generated data
 * never reaches a real one. Run by hand: {@code tools/bench.sh}, or {@code ./mvnw -Pbench -pl ejb
 * test -Dtest=ProgramAtScaleBench} (database {@code bench.url},
 * jdbc:postgresql://127.0.0.1:5432/lodestone_scale as postgres, created when missing).
 */
class ProgramAtScaleBench {

  static final String URL =
      System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/lodestone_scale");
  static final String USER = System.getProperty("bench.user", "postgres");
  static final int APPLICATIONS = Integer.getInteger("bench.applications", 100_000);
  static final int AWARDS = Integer.getInteger("bench.awards", 5_000);
  static final int DISBURSEMENTS_PER_AWARD = 199;
  static final int EVENTS = Integer.getInteger("bench.audit-events", 2_000_000);
  static final int OPPORTUNITIES = 8;
  static final int ORGANIZATIONS = 5_000;

  /** Awards whose recipients request payments in the load benchmark: one person each. */
  static final int RECIPIENTS = 50;

  /**
   * The first {@value #RECIPIENTS} active awards (every twentieth is closing); award {@code w}
   * belongs to organization {@code 1 + w % ORGANIZATIONS}, whose member is {@code
   * bench-recipient-<w>}.
   */
  static List<Integer> recipientAwards() {
    return java.util.stream.IntStream.iterate(1, w -> w + 1)
        .filter(w -> w % 20 != 0)
        .limit(RECIPIENTS)
        .boxed()
        .toList();
  }

  @Test
  void generateAFullSizeProgramAndVerifyIt() throws Exception {
    createDatabaseIfMissing();
    StringBuilder table =
        new StringBuilder(String.format("%n| step | rows | time |%n|---|---|---|%n"));
    try (Connection db =
        DriverManager.getConnection(URL + "?reWriteBatchedInserts=true", USER, "")) {
      refuseRealData(db);
      long t = System.nanoTime();
      try (Statement sql = db.createStatement()) {
        sql.execute("DROP SCHEMA public CASCADE");
        sql.execute("CREATE SCHEMA public");
      }
      Flyway.configure()
          .dataSource(URL, USER, "")
          .locations("classpath:db/migration", "classpath:db/postgresql")
          .placeholders(Map.of("binary", "BYTEA"))
          .table("schema_history")
          .load()
          .migrate();
      table.append(row("schema (Flyway migrations)", 0, t));
      db.setAutoCommit(false);
      t = System.nanoTime();
      long rows = reference(db);
      table.append(row("program, opportunities, organizations, users", rows, t));
      t = System.nanoTime();
      table.append(row("applications (with a mineral each)", applications(db), t));
      t = System.nanoTime();
      table.append(row("awards, budget periods, milestones, permits", awards(db), t));
      t = System.nanoTime();
      table.append(row("ledger entries", ledger(db), t));
      t = System.nanoTime();
      table.append(row("payment requests (released and on their way)", payments(db), t));
      t = System.nanoTime();
      restartIdentities(db);
      analyze(db);
      table.append(row("identities restarted, statistics", 0, t));
      t = System.nanoTime();
      AuditChainHead head = auditEvents(db);
      table.append(row("audit events (one hash chain)", EVENTS, t));

      t = System.nanoTime();
      assertThat(overDisbursedAwards(db)).isZero();
      table.append(row("check: no award disbursed beyond its obligation", AWARDS, t));
      t = System.nanoTime();
      long verified = verify(db, head);
      table.append(row("verification of the audit chain", verified, t));
    }
    System.out.println(table);
  }

  private static String row(String step, long rows, long startNanos) {
    return String.format(
        "| %s | %,d | %.1f s |%n", step, rows, (System.nanoTime() - startNanos) / 1e9);
  }

  private static void createDatabaseIfMissing() throws SQLException {
    String name = URL.substring(URL.lastIndexOf('/') + 1);
    String server = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
    try (Connection admin = DriverManager.getConnection(server, USER, "");
        PreparedStatement exists =
            admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, name);
      try (ResultSet rs = exists.executeQuery()) {
        if (!rs.next()) {
          admin.createStatement().execute("CREATE DATABASE " + name);
        }
      }
    }
  }

  /**
   * Generated data never reaches a real database: any user or organization this generator did not
   * make stops it before it changes anything.
   */
  static void refuseRealData(Connection db) throws SQLException {
    for (String check :
        List.of(
            "SELECT count(*) FROM app_user WHERE username NOT LIKE 'bench-%'",
            "SELECT count(*) FROM organization WHERE legal_name NOT LIKE 'Bench %'")) {
      try (Statement sql = db.createStatement();
          ResultSet rs =
              sql.executeQuery(
                  "SELECT count(*) FROM information_schema.tables WHERE lower(table_schema) = 'public'"
                      + " AND lower(table_name) = '"
                      + (check.contains("app_user") ? "app_user" : "organization")
                      + "'")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          continue;
        }
      }
      try (Statement sql = db.createStatement();
          ResultSet rs = sql.executeQuery(check)) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new IllegalStateException(
              "refusing to generate into "
                  + URL
                  + ": it holds "
                  + rs.getLong(1)
                  + " users or organizations this generator did not make");
        }
      }
    }
  }

  private static long reference(Connection db) throws SQLException {
    PasswordHash password = PasswordHash.of("bench".toCharArray());
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "INSERT INTO program (id, name, authority, version) VALUES (1,"
              + " 'Critical Minerals Public-Private Partnership Program', 12000000000.00, 0)");
      sql.execute(
          "INSERT INTO funding_opportunity (id, program_id, number, title, instrument,"
              + " funds_available, min_award, max_award, min_cost_share_percent, opens_on,"
              + " closes_on, status, reviewers_per_application, version)"
              + " SELECT o, 1, 'BENCH-FOA-' || o, 'Bench opportunity ' || o, 'GRANT',"
              + " 1500000000.00, 500000.00, 5000000.00, 50.00, DATE '2026-01-01',"
              + " CURRENT_DATE + (30 * o), 'PUBLISHED', 3, 0"
              + " FROM generate_series(1, "
              + OPPORTUNITIES
              + ") o");
      sql.execute(
          "INSERT INTO opportunity_topic_area (opportunity_id, topic_area)"
              + " SELECT o, (ARRAY['EXTRACTION', 'PROCESSING_REFINING', 'RECYCLING_RECOVERY',"
              + " 'EXPLORATION'])[1 + (o % 4)] FROM generate_series(1, "
              + OPPORTUNITIES
              + ") o");
      sql.execute(
          "INSERT INTO opportunity_mineral (opportunity_id, mineral_code)"
              + " SELECT o, m FROM generate_series(1, "
              + OPPORTUNITIES
              + ") o CROSS JOIN unnest(ARRAY['LITHIUM', 'COBALT', 'NICKEL', 'GRAPHITE',"
              + " 'MANGANESE', 'GALLIUM']) m");
      sql.execute(
          "INSERT INTO opportunity_criterion (opportunity_id, position, code, name, weight)"
              + " SELECT o, p, (ARRAY['TECHNICAL', 'MARKET', 'TEAM'])[p],"
              + " (ARRAY['Technical merit', 'Market and supply chain', 'Team and plan'])[p],"
              + " (ARRAY[50, 30, 20])[p] FROM generate_series(1, "
              + OPPORTUNITIES
              + ") o CROSS JOIN generate_series(1, 3) p");
      sql.execute(
          "INSERT INTO organization (id, legal_name, uei, city, state, country, version)"
              + " SELECT g, 'Bench Minerals ' || g || ', Inc.', 'B' || lpad(g::text, 11, '0'),"
              + " 'Reno', 'NV', 'US', 0 FROM generate_series(1, "
              + ORGANIZATIONS
              + ") g");
    }
    try (PreparedStatement user =
            db.prepareStatement(
                "INSERT INTO app_user (username, full_name, email, password_hash, password_salt,"
                    + " password_iterations, active, organization_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)");
        PreparedStatement role =
            db.prepareStatement("INSERT INTO user_role (username, role_name) VALUES (?, ?)")) {
      String[][] people = {
        {"bench-applicant", "APPLICANT"},
        {"bench-officer", "PROGRAM_OFFICER"},
        {"bench-finance", "FINANCE_OFFICER"},
        {"bench-auditor", "AUDITOR"},
        {"bench-reviewer-1", "REVIEWER"},
        {"bench-reviewer-2", "REVIEWER"},
        {"bench-reviewer-3", "REVIEWER"}
      };
      List<Object[]> everyone = new ArrayList<>();
      for (String[] p : people) {
        everyone.add(new Object[] {p[0], p[1], p[1].equals("APPLICANT") ? 1L : null});
      }
      for (int w : recipientAwards()) {
        everyone.add(
            new Object[] {"bench-recipient-" + w, "APPLICANT", (long) (1 + w % ORGANIZATIONS)});
      }
      for (Object[] p : everyone) {
        String name = (String) p[0];
        String roleName = (String) p[1];
        user.setString(1, name);
        user.setString(2, "Bench " + roleName.toLowerCase().replace('_', ' '));
        user.setString(3, name + "@bench.example");
        user.setString(4, password.hash());
        user.setString(5, password.salt());
        user.setInt(6, password.iterations());
        user.setObject(7, p[2]);
        user.executeUpdate();
        role.setString(1, name);
        role.setString(2, roleName);
        role.executeUpdate();
      }
    }
    db.commit();
    return 1 + OPPORTUNITIES + ORGANIZATIONS + 7 + RECIPIENTS;
  }

  /**
   * Applications spread over the opportunities, organizations and stages: the first {@value
   * #AWARDS} awarded, the rest in the other stages of the pipeline.
   */
  private static long applications(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "INSERT INTO application (id, number, organization_id, opportunity_id, title, summary,"
              + " federal_amount_requested, status, created_by, created_at, submitted_at,"
              + " first_submitted_at, version, topic_area, site_state, site_county,"
              + " project_stage, capacity_tonnes_per_year, jobs_created, total_project_cost,"
              + " cost_share_cash, cost_share_in_kind, start_date, end_date,"
              + " ownership_certified, eligible)"
              + " SELECT g, 'BENCH-APP-' || lpad(g::text, 6, '0'), 1 + (g % "
              + ORGANIZATIONS
              + "), 1 + (g % "
              + OPPORTUNITIES
              + "), 'Bench project ' || g, 'A generated project for the benchmark.',"
              + " 2000000.00, CASE WHEN g <= "
              + AWARDS
              + " THEN 'AWARDED' ELSE (ARRAY['SUBMITTED', 'IN_REVIEW', 'IN_REVIEW', 'DECLINED',"
              + " 'DECLINED', 'INELIGIBLE', 'RETURNED', 'WITHDRAWN', 'SELECTED', 'DRAFT'])"
              + "[1 + (g % 10)] END, 'bench-applicant',"
              + " TIMESTAMP WITH TIME ZONE '2026-01-15 12:00:00+00' + (g % 300) * INTERVAL '1 day',"
              + " TIMESTAMP WITH TIME ZONE '2026-01-20 12:00:00+00' + (g % 300) * INTERVAL '1 day',"
              + " TIMESTAMP WITH TIME ZONE '2026-01-20 12:00:00+00' + (g % 300) * INTERVAL '1 day',"
              + " 0, (ARRAY['EXTRACTION', 'PROCESSING_REFINING', 'RECYCLING_RECOVERY',"
              + " 'EXPLORATION'])[1 + ((1 + (g % "
              + OPPORTUNITIES
              + ")) % 4)], 'NV', 'Esmeralda', 'FEASIBILITY', 1000 + (g % 50) * 100,"
              + " 50 + (g % 100), 4000000.00, 1500000.00, 500000.00, DATE '2027-01-01',"
              + " DATE '2029-12-31', TRUE, TRUE FROM generate_series(1, "
              + APPLICATIONS
              + ") g");
      sql.execute(
          "INSERT INTO application_mineral (application_id, mineral_code)"
              + " SELECT g, (ARRAY['LITHIUM', 'COBALT', 'NICKEL', 'GRAPHITE', 'MANGANESE',"
              + " 'GALLIUM'])[1 + (g % 6)] FROM generate_series(1, "
              + APPLICATIONS
              + ") g");
    }
    db.commit();
    return APPLICATIONS;
  }

  /**
   * Awards of $1.0M to $2.99M (at most $1.25B per $1.5B opportunity), four milestones of a quarter
   * each due over the performance period, three permits with target dates around today.
   */
  private static long awards(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "INSERT INTO award (id, number, application_id, organization_id, opportunity_id,"
              + " status, instrument, obligated_amount, cost_share_percent, payment_method,"
              + " performance_start, performance_end, terms_version, prepared_by, prepared_at,"
              + " signed_by, signed_at, accepted_by, accepted_at, created_at, version)"
              + " SELECT a.id, 'BENCH-AWD-' || lpad(a.id::text, 5, '0'), a.id,"
              + " a.organization_id, a.opportunity_id,"
              + " CASE WHEN a.id % 20 = 0 THEN 'CLOSING' ELSE 'ACTIVE' END, 'GRANT',"
              + " 1000000.00 + (a.id % 200) * 10000, 50.00, 'REIMBURSEMENT',"
              + " DATE '2026-01-01', DATE '2028-12-31', 1, 'bench-officer', a.submitted_at,"
              + " 'bench-officer', a.submitted_at, 'bench-applicant', a.submitted_at,"
              + " a.submitted_at, 0 FROM application a WHERE a.id <= "
              + AWARDS);
      // one authorized budget period over the award's whole performance
      sql.execute(
          "INSERT INTO award_budget_period (award_id, number, start_date, end_date, amount,"
              + " status) SELECT w.id, 1, w.performance_start, w.performance_end,"
              + " w.obligated_amount, 'AUTHORIZED' FROM award w");
      sql.execute(
          "INSERT INTO milestone (award_id, position, title, deliverable, budget_period,"
              + " due_date, amount, engineer_certification, status)"
              + " SELECT w.id, p, 'Milestone ' || p, 'Deliverable ' || p, 1,"
              + " DATE '2026-03-31' + CAST(p * 180 + (w.id % 90) AS INT), w.obligated_amount / 4,"
              + " FALSE, CASE WHEN p = 1 THEN 'ACCEPTED' ELSE 'PLANNED' END"
              + " FROM award w CROSS JOIN generate_series(1, 4) p");
      sql.execute(
          "INSERT INTO permit (award_id, type, name, agency, status, original_target_date,"
              + " target_date, timetable_start, version)"
              + " SELECT w.id, (ARRAY['NEPA_EA', 'AIR', 'STATE_MINING'])[p],"
              + " 'Permit ' || p, 'Agency ' || p,"
              + " (ARRAY['PLANNED', 'IN_PROGRESS', 'IN_PROGRESS', 'PAUSED', 'COMPLETE'])"
              + "[1 + ((w.id + p) % 5)],"
              + " CURRENT_DATE + CAST((w.id + p * 7) % 120 - 60 AS INT),"
              + " CURRENT_DATE + CAST((w.id + p * 7) % 120 - 60 AS INT),"
              + " DATE '2026-01-01', 0 FROM award w CROSS JOIN generate_series(1, 3) p");
    }
    db.commit();
    return AWARDS * 9L;
  }

  /**
   * Per award an obligation and {@value #DISBURSEMENTS_PER_AWARD} disbursements of 1/400 of it, one
   * a few days apart: never more than half the obligation disbursed. Running totals as the ledger
   * keeps them.
   */
  private static long ledger(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "INSERT INTO ledger_entry (id, at, type, amount, award_id, opportunity_id, reference,"
              + " obligated_after, disbursed_after, recorded_by)"
              + " SELECT w.id, w.signed_at, 'OBLIGATION', w.obligated_amount, w.id,"
              + " w.opportunity_id, w.number, w.obligated_amount, 0, 'bench-officer'"
              + " FROM award w");
      // disbursement k of award w is entry AWARDS + n and pays request n, n = (w - 1) * 199 + k
      sql.execute(
          "INSERT INTO ledger_entry (id, at, type, amount, award_id, opportunity_id,"
              + " payment_request_id, reference, obligated_after, disbursed_after, recorded_by)"
              + " SELECT "
              + AWARDS
              + " + (w.id - 1) * "
              + DISBURSEMENTS_PER_AWARD
              + " + k, w.signed_at + k * INTERVAL '3 days', 'DISBURSEMENT',"
              + " round(w.obligated_amount / 400, 2), w.id, w.opportunity_id, (w.id - 1) * "
              + DISBURSEMENTS_PER_AWARD
              + " + k, w.number || '-P' || k, w.obligated_amount,"
              + " round(w.obligated_amount / 400, 2) * k, 'bench-finance'"
              + " FROM award w CROSS JOIN generate_series(1, "
              + DISBURSEMENTS_PER_AWARD
              + ") k");
    }
    try (Statement sql = db.createStatement()) {
      // the ledger's monthly summary, as the ledger keeps it with each entry
      sql.execute(
          "INSERT INTO ledger_month (opportunity_id, month_key, disbursed)"
              + " SELECT opportunity_id,"
              + " CAST(to_char(at AT TIME ZONE 'America/New_York', 'YYYYMM') AS INT), sum(amount)"
              + " FROM ledger_entry WHERE type = 'DISBURSEMENT' GROUP BY 1, 2");
    }
    db.commit();
    return (long) AWARDS * (1 + DISBURSEMENTS_PER_AWARD);
  }

  /** A released request behind every disbursement, and two on their way per award. */
  private static long payments(Connection db) throws SQLException {
    String columns =
        "INSERT INTO payment_request (id, number, award_id, organization_id, opportunity_id, type,"
            + " budget_period, requested_amount, approved_amount, period_start, period_end,"
            + " cost_share_cash, cost_share_in_kind, costs_allowable, feoc_ownership_unchanged,"
            + " buy_america, davis_bacon, status, submission_round, requested_by, submitted_at,"
            + " first_submitted_at, idempotency_key, fingerprint, payment_reference,"
            + " ledger_entry_id, released_at, version)";
    try (Statement sql = db.createStatement()) {
      sql.execute(
          columns
              + " SELECT e.payment_request_id, e.reference, e.award_id, w.organization_id,"
              + " e.opportunity_id, 'REIMBURSEMENT', 1, e.amount, e.amount, NULL, NULL, e.amount,"
              + " 0.00, TRUE, TRUE, TRUE, TRUE, 'RELEASED', 1, 'bench-applicant',"
              + " e.at - INTERVAL '10 days', e.at - INTERVAL '10 days', e.reference,"
              + " md5(e.reference) || md5(e.reference), 'PAY-' || e.reference, e.id, e.at, 0"
              + " FROM ledger_entry e JOIN award w ON w.id = e.award_id"
              + " WHERE e.type = 'DISBURSEMENT'");
      sql.execute(
          columns
              + " SELECT "
              + AWARDS * DISBURSEMENTS_PER_AWARD
              + " + (w.id - 1) * 2 + k, w.number || '-Q' || k, w.id, w.organization_id, w.opportunity_id,"
              + " 'REIMBURSEMENT', 1, 10000.00, 10000.00, NULL, NULL, 10000.00, 0.00, TRUE, TRUE,"
              + " TRUE, TRUE, CASE WHEN k = 1 THEN 'SUBMITTED' ELSE 'APPROVED' END, 1,"
              + " 'bench-applicant', now() - ((w.id * k) % 45) * INTERVAL '1 day',"
              + " now() - ((w.id * k) % 45) * INTERVAL '1 day', w.number || '-Q' || k,"
              + " md5(w.number || k) || md5(w.number || k), NULL, NULL, NULL, 0"
              + " FROM award w CROSS JOIN generate_series(1, 2) k");
    }
    db.commit();
    return (long) AWARDS * (DISBURSEMENTS_PER_AWARD + 2);
  }

  /** The application inserts after the generated rows, as if it had made them itself. */
  private static void restartIdentities(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      for (String table :
          List.of(
              "program",
              "funding_opportunity",
              "organization",
              "application",
              "award",
              "milestone",
              "permit",
              "ledger_entry",
              "payment_request")) {
        long next;
        try (ResultSet rs = sql.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
          rs.next();
          next = rs.getLong(1);
        }
        sql.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
      }
    }
    db.commit();
  }

  private static void analyze(Connection db) throws SQLException {
    db.setAutoCommit(true);
    try (Statement sql = db.createStatement()) {
      sql.execute("VACUUM ANALYZE");
    }
    db.setAutoCommit(false);
  }

  /** Events like the program's, about its applications, awards and payments, in one chain. */
  private static AuditChainHead auditEvents(Connection db) throws SQLException {
    AuditChainHead head = AuditChainHead.empty();
    Instant start = Instant.parse("2026-01-15T12:00:00Z");
    String[][] kinds = {
      {"APPLICATION", "ApplicationSubmitted"},
      {"APPLICATION", "ScreeningCompleted"},
      {"AWARD", "AwardSigned"},
      {"PAYMENT_REQUEST", "PaymentRequested"},
      {"PAYMENT_REQUEST", "PaymentApproved"},
      {"PAYMENT_REQUEST", "PaymentReleased"}
    };
    try (PreparedStatement insert = db.prepareStatement(BenchChain.INSERT)) {
      for (int i = 1; i <= EVENTS; i++) {
        String[] kind = kinds[i % kinds.length];
        AuditEvent e =
            head.append(
                start.plusMillis(i * 10_000L),
                i % 3 == 0 ? "bench-finance" : "bench-applicant",
                kind[0],
                Integer.toString(1 + i % (kind[0].equals("AWARD") ? AWARDS : APPLICATIONS)),
                kind[1],
                Map.of("amount", (i % 997) + "000.00", "status", "SUBMITTED"));
        BenchChain.add(insert, e);
        if (i % 5000 == 0) {
          insert.executeBatch();
          db.commit();
        }
      }
      insert.executeBatch();
    }
    try (PreparedStatement sql =
        db.prepareStatement("UPDATE audit_chain_head SET last_event_id = ?, last_hash = ?")) {
      sql.setLong(1, head.lastEventId());
      sql.setString(2, head.lastHash());
      sql.executeUpdate();
    }
    db.commit();
    return head;
  }

  private static long overDisbursedAwards(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT count(*) FROM (SELECT e.award_id FROM ledger_entry e GROUP BY e.award_id"
                    + " HAVING sum(CASE WHEN e.type = 'DISBURSEMENT' THEN e.amount ELSE 0 END)"
                    + " > sum(CASE WHEN e.type = 'OBLIGATION' THEN e.amount"
                    + " WHEN e.type = 'DEOBLIGATION' THEN -e.amount ELSE 0 END)) over")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long verify(Connection db, AuditChainHead head) throws SQLException {
    ChainVerification verification = BenchChain.verify(db, head, () -> {});
    assertThat(verification.valid()).isTrue();
    assertThat(verification.events()).isEqualTo(EVENTS);
    return verification.events();
  }
}
