package org.lodestone.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lodestone.it.Api.as;
import static org.lodestone.it.Api.work;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Reports and closeout through the API on awards whose period of performance has ended: the
 * quarterly and final reports the calendar opens, a progress report sent once (two sends at once:
 * one conflict), returned without a reason (refused), returned, corrected and accepted; a financial
 * report certified with the ledger's lines; late reports escalated by their timers; closing refused
 * while reports are missing, then two officers closing at once (one conflict) de-obligating the
 * unliquidated balance, which the opportunity can select again; and another organization seeing
 * none of it.
 */
class ReportsApiIT extends DeployedEar {

  /** The last day of performance: the end of the month before last, so closeout is under way. */
  static final LocalDate END = Api.today().withDayOfMonth(1).minusMonths(1).minusDays(1);

  static final LocalDate START = END.plusDays(1).minusMonths(7);

  /**
   * A $10M award whose seven months of performance ended last month: it is in closeout. Its
   * milestone waits for the state mining permit.
   */
  static long completedAward(long opportunity, String title) {
    long award = AwardApiIT.selected(opportunity, title);
    long mining =
        as("pat")
            .get("/awards/" + award + "/permits")
            .jsonPath()
            .getLong("find { it.type == 'STATE_MINING' }.id");
    Map<String, Object> t = new HashMap<>();
    t.put("version", AwardApiIT.award("olivia", award).getLong("version"));
    t.put("obligatedAmount", "10000000.00");
    t.put("costSharePercent", "50");
    t.put("periodOfPerformance", Map.of("start", START.toString(), "end", END.toString()));
    t.put("paymentMethod", "REIMBURSEMENT");
    t.put(
        "budgetPeriods",
        List.of(
            Map.of(
                "number",
                1,
                "start",
                START.toString(),
                "end",
                END.toString(),
                "amount",
                "10000000.00")));
    t.put(
        "milestones",
        List.of(
            Map.of(
                "title",
                "Pilot wells producing",
                "budgetPeriod",
                1,
                "dueDate",
                END.minusMonths(1).toString(),
                "amount",
                "5000000.00",
                "permitIds",
                List.of(mining))));
    as("olivia").body(t).put("/awards/" + award).then().statusCode(200);
    work("olivia", "PREPARE_AWARD", award, Map.of());
    work("sam", "SIGN_AWARD", award, Map.of("decision", "APPROVE"));
    work("alice", "ACCEPT_AWARD", award, Map.of("decision", "ACCEPT", "feocCertified", true));
    return award;
  }

  static List<Map<String, Object>> reports(String user, long award) {
    return as(user)
        .get("/awards/" + award + "/reports")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  static JsonPath report(String user, long id) {
    return as(user).get("/reports/" + id).then().statusCode(200).extract().jsonPath();
  }

  /** The first quarterly report of a kind (PROGRESS or FINANCIAL) among an award's reports. */
  static Map<String, Object> firstQuarterly(List<Map<String, Object>> reports, String kind) {
    return reports.stream()
        .filter(r -> kind.equals(r.get("kind")) && !Boolean.TRUE.equals(r.get("finalReport")))
        .findFirst()
        .orElseThrow();
  }

  static long id(Map<String, Object> row) {
    return ((Number) row.get("id")).longValue();
  }

  static final Map<String, Object> PROGRESS =
      Map.of(
          "narrative", "Two production wells drilled and cased; flow tests at 95% of design.",
          "milestoneStatus", "Pilot wells producing: met.",
          "permitStatus", "State mining permit issued.",
          "jobs", 64,
          "capacity", Map.of("LITHIUM", "2500.50"));

  /** Every report of the award sent, certified and accepted. */
  static void sendEverything(long award) {
    for (Map<String, Object> r : reports("alice", award)) {
      if ("PROGRESS".equals(r.get("kind"))) {
        work("alice", "SUBMIT_PROGRESS_REPORT", id(r), PROGRESS);
        work("olivia", "REVIEW_PROGRESS_REPORT", id(r), Map.of("decision", "ACCEPT"));
      } else {
        work("alice", "SUBMIT_FINANCIAL_REPORT", id(r), Map.of("certified", true));
      }
    }
  }

  @Test
  void
      theCalendarOpensEachQuarterAndTheFinalReportsAndAProgressReportIsSentOnceReturnedAndAccepted()
          throws Exception {
    long award =
        completedAward(
            Api.opportunity("Reports test opportunity", "100000000.00"), "Reports project");
    assertThat(AwardApiIT.award("olivia", award).getString("status")).isEqualTo("CLOSING");
    List<Map<String, Object>> rows = reports("alice", award);
    List<LocalDate> quarterEnds = new ArrayList<>();
    for (LocalDate q = quarterEnd(START); q.isBefore(END); q = quarterEnd(q.plusDays(1))) {
      quarterEnds.add(q);
    }
    assertThat(rows).hasSize(2 * quarterEnds.size() + 2);
    for (Map<String, Object> r : rows) {
      LocalDate periodEnd = LocalDate.parse((String) r.get("periodEnd"));
      boolean last = Boolean.TRUE.equals(r.get("finalReport"));
      assertThat(r.get("status")).isEqualTo("DUE");
      assertThat(LocalDate.parse((String) r.get("dueOn")))
          .isEqualTo(last ? END.plusDays(120) : periodEnd.plusDays(30));
      assertThat(last ? END : periodEnd).isIn(last ? List.of(END) : quarterEnds);
      assertThat(r.get("late")).isEqualTo(!last && periodEnd.plusDays(30).isBefore(Api.today()));
    }
    Map<String, Object> late =
        rows.stream().filter(r -> Boolean.TRUE.equals(r.get("late"))).findFirst().orElseThrow();
    await()
        .atMost(30, SECONDS)
        .until(() -> report("alice", id(late)).getString("escalatedAt") != null);

    long progress =
        id(
            rows.stream()
                .filter(r -> "PROGRESS".equals(r.get("kind")))
                .filter(r -> !Boolean.TRUE.equals(r.get("finalReport")))
                .findFirst()
                .orElseThrow());
    // another organization sees none of it, whatever id it puts in the URL
    as("bob").get("/reports/" + progress).then().statusCode(404);
    as("bob").get("/awards/" + award + "/reports").then().statusCode(404);
    as("bob").get("/awards/" + award + "/trace").then().statusCode(404);
    assertThat(as("bob").get("/reports").jsonPath().getList("awardId", Long.class))
        .doesNotContain(award);

    String task = Api.taskFor("alice", "SUBMIT_PROGRESS_REPORT", progress);
    Map<String, Object> bad = new HashMap<>(PROGRESS);
    bad.remove("narrative");
    bad.put("jobs", "many");
    bad.put("capacity", Map.of("UNOBTAINIUM", "5"));
    assertThat(refused(as("alice").body(bad).post("/tasks/" + task + "/complete")))
        .contains("narrative", "jobs");
    Map<String, Object> unknown = new HashMap<>(PROGRESS);
    unknown.put("capacity", Map.of("UNOBTAINIUM", "5"));
    assertThat(refused(as("alice").body(unknown).post("/tasks/" + task + "/complete")))
        .containsOnly("capacity");
    List<Integer> answers =
        DisbursementApiIT.atOnce(
            List.<Callable<Integer>>of(
                () -> as("alice").body(PROGRESS).post("/tasks/" + task + "/complete").statusCode(),
                () -> as("adam").body(PROGRESS).post("/tasks/" + task + "/complete").statusCode()));
    assertThat(answers).containsExactlyInAnyOrder(204, 409);
    JsonPath sent = report("olivia", progress);
    assertThat(sent.getString("status")).isEqualTo("SUBMITTED");
    assertThat(sent.getInt("jobs")).isEqualTo(64);
    assertThat(new BigDecimal(sent.getString("capacity.LITHIUM"))).isEqualByComparingTo("2500.50");
    assertThat(Api.auditEvents("REPORT:" + progress)).containsOnlyOnce("ProgressReportSubmitted");

    String review = Api.taskFor("olivia", "REVIEW_PROGRESS_REPORT", progress);
    assertThat(
            refused(
                as("olivia")
                    .body(Map.of("decision", "RETURN"))
                    .post("/tasks/" + review + "/complete")))
        .containsOnly("reason");
    Api.decide(
        "olivia", review, Map.of("decision", "RETURN", "reason", "Give the jobs by county."));
    assertThat(report("alice", progress).getString("returnReason"))
        .isEqualTo("Give the jobs by county.");
    assertThat(report("alice", progress).getString("status")).isEqualTo("RETURNED");
    work("alice", "SUBMIT_PROGRESS_REPORT", progress, PROGRESS);
    work("olivia", "REVIEW_PROGRESS_REPORT", progress, Map.of("decision", "ACCEPT"));
    assertThat(report("audrey", progress).getString("status")).isEqualTo("ACCEPTED");
    assertThat(Api.auditEvents("REPORT:" + progress))
        .containsSubsequence(
            "ProgressReportAccepted",
            "ProgressReportSubmitted",
            "ProgressReportReturned",
            "ProgressReportSubmitted",
            "ReportOpened");

    Map<String, Object> financial =
        rows.stream()
            .filter(r -> "FINANCIAL".equals(r.get("kind")))
            .filter(r -> !Boolean.TRUE.equals(r.get("finalReport")))
            .findFirst()
            .orElseThrow();
    String certify = Api.taskFor("alice", "SUBMIT_FINANCIAL_REPORT", id(financial));
    assertThat(
            refused(
                as("alice")
                    .body(Map.of("certified", false))
                    .post("/tasks/" + certify + "/complete")))
        .containsOnly("certified");
    Api.decide("alice", certify, Map.of("certified", true, "remarks", "No program income."));
    JsonPath certified = report("alice", id(financial));
    assertThat(certified.getString("status")).isEqualTo("CERTIFIED");
    JsonPath lines =
        as("alice")
            .get("/awards/" + award + "/financial-report?periodEnd=" + financial.get("periodEnd"))
            .jsonPath();
    assertThat(certified.getString("certifiedLines.10d"))
        .isEqualTo(lines.getString("totalFederalFundsAuthorized"));
    assertThat(certified.getString("certifiedLines.10i"))
        .isEqualTo(lines.getString("totalRecipientShareRequired"));
    assertThat(certified.getMap("certifiedLines")).hasSize(11);
  }

  @Test
  void closingWaitsForEveryReportThenDeobligatesTheBalanceOnceAndTheFundsCanBeSelectedAgain()
      throws Exception {
    long opportunity = Api.opportunity("Closeout test opportunity", "34000000.00");
    long award = completedAward(opportunity, "Closeout project");
    long document = DisbursementApiIT.document("alice", award, "PAYMENT_REQUEST");
    Map<String, Object> claim = DisbursementApiIT.reimbursement("3000000.00", document);
    claim.put("periodStart", END.withDayOfMonth(1).toString());
    claim.put("periodEnd", END.toString());
    long paid =
        DisbursementApiIT.request("alice", award, "closeout-draw", claim)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    work("olivia", "APPROVE_PAYMENT", paid, Map.of("decision", "APPROVE"));
    work("fiona", "CERTIFY_PAYMENT", paid, Map.of("decision", "APPROVE"));
    DisbursementApiIT.released(paid);

    // a further selection from the opportunity does not fit: $24M left, $25M asked
    long next = Api.accepted(opportunity, "Project after the closeout");
    Api.readyForSelection(next);
    String select = Api.taskFor("sam", "SELECT_APPLICATION", next);
    Map<String, Object> selection = Map.of("decision", "SELECT", "justification", "Ranked first.");
    as("sam").body(selection).post("/tasks/" + select + "/complete").then().statusCode(422);

    String close = Api.taskFor("olivia", "CLOSE_AWARD", award);
    List<String> problems =
        refused(as("olivia").body(Map.of()).post("/tasks/" + close + "/complete"));
    assertThat(problems).containsOnly("reports");
    assertThat(as("olivia").get("/awards/" + award + "/closeout").jsonPath().getList("blockers"))
        .hasSize(reports("olivia", award).size());
    assertThat(
            as("olivia")
                .get("/awards/" + award + "/closeout")
                .jsonPath()
                .getString("unliquidatedBalance"))
        .isEqualTo("7000000.00");

    // a timetable change still waiting for approval when the award closes ends with it
    Map<String, Object> permit =
        as("pat")
            .get("/awards/" + award + "/permits")
            .jsonPath()
            .getMap("find { it.type == 'STATE_MINING' }");
    as("pat")
        .body(
            Map.of(
                "targetDate",
                LocalDate.parse((String) permit.get("targetDate")).plusDays(120).toString(),
                "reason",
                "The state asked for a second comment period.",
                "reasonCategory",
                "AGENCY_RESOURCES"))
        .patch("/permits/" + permit.get("id"))
        .then()
        .statusCode(202);

    sendEverything(award);
    assertThat(as("olivia").get("/awards/" + award + "/closeout").jsonPath().getList("blockers"))
        .isEmpty();
    as("alice").body(Map.of()).post("/tasks/" + close + "/complete").then().statusCode(404);
    List<Integer> answers =
        DisbursementApiIT.atOnce(
            List.<Callable<Integer>>of(
                () ->
                    as("olivia")
                        .body(Map.of("remarks", "All reports in."))
                        .post("/tasks/" + close + "/complete")
                        .statusCode(),
                () ->
                    as("oscar")
                        .body(Map.of("remarks", "All reports in."))
                        .post("/tasks/" + close + "/complete")
                        .statusCode()));
    assertThat(answers).containsExactlyInAnyOrder(204, 409);

    JsonPath closed = AwardApiIT.award("audrey", award);
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    List<Map<String, Object>> deobligations =
        as("audrey")
            .get("/awards/" + award + "/ledger")
            .jsonPath()
            .getList("findAll { it.type == 'DEOBLIGATION' }");
    assertThat(deobligations).hasSize(1);
    assertThat(deobligations.get(0).get("amount")).isEqualTo("7000000.00");
    JsonPath closeout = as("audrey").get("/awards/" + award + "/closeout").jsonPath();
    assertThat(closeout.getString("deobligatedAtCloseout")).isEqualTo("7000000.00");
    assertThat(closeout.getString("unliquidatedBalance")).isEqualTo("0.00");
    assertThat(Api.auditEvents("AWARD:" + award)).containsOnlyOnce("AwardClosed");
    try (Connection db = Database.connect();
        var q =
            db.prepareStatement(
                "select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ like ?")) {
      q.setString(1, closed.getString("number") + "%");
      try (var rs = q.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("processes of the closed award still running").isZero();
      }
    }
    try (Connection db = Database.connect();
        var q =
            db.prepareStatement(
                "select count(*) from ACT_RU_VARIABLE where NAME_ = 'awardId' and LONG_ = ?")) {
      q.setLong(1, award);
      try (var rs = q.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("processes naming the closed award still running").isZero();
      }
    }

    // the $7M returned: the selection that did not fit now does
    Api.decide("sam", select, selection);
  }

  /** The fields a 422 answer names. */
  static List<String> refused(io.restassured.response.Response answer) {
    answer.then().statusCode(422);
    return answer.jsonPath().getList("violations.field", String.class);
  }

  static LocalDate quarterEnd(LocalDate day) {
    int lastMonth = ((day.getMonthValue() - 1) / 3) * 3 + 3;
    LocalDate first = LocalDate.of(day.getYear(), lastMonth, 1);
    return first.withDayOfMonth(first.lengthOfMonth());
  }
}
