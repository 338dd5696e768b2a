package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The program dashboard's figures for one opportunity, checked against what its applications,
 * award, ledger, permits and payment requests say one by one: the pipeline by stage, the funds
 * obligated and free, the drawdown against the milestone plan, the capacity funded, the permits at
 * risk and the requests by age; and who may read it.
 */
class DashboardIT extends DeployedEar {

  @Test
  void theFiguresOfAnOpportunityAddUpFromItsRecords() {
    long opportunity = Api.opportunity("Dashboard test opportunity", "100000000.00");
    Map<String, Long> active = DisbursementApiIT.activeAward(opportunity, "Dashboard project");
    long award = active.get("award");
    long inReview = Api.accepted(opportunity, "Dashboard project in review");
    DisbursementApiIT.paid(award, "dashboard-paid", "300000.00");
    DisbursementApiIT.submitted(award, "dashboard-waiting", "100000.00");
    as("pat")
        .body(
            Map.of(
                "status", "PAUSED",
                "reason", "The sponsor is redesigning the ponds.",
                "reasonCategory", "PROJECT_SPONSOR"))
        .patch("/permits/" + active.get("permit"))
        .then()
        .statusCode(200);

    JsonPath d =
        as("audrey")
            .get("/dashboard?opportunityId=" + opportunity)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    Map<String, Integer> expectedStages = new HashMap<>();
    for (long application :
        List.of(AwardApiIT.award("olivia", award).getLong("applicationId"), inReview)) {
      expectedStages.merge(
          Api.application("olivia", application).getString("status"), 1, Integer::sum);
    }
    Map<String, Integer> stages = new HashMap<>();
    for (Map<String, Object> s : d.<Map<String, Object>>getList("pipeline")) {
      assertThat(((Number) s.get("opportunityId")).longValue()).isEqualTo(opportunity);
      stages.put((String) s.get("status"), ((Number) s.get("applications")).intValue());
    }
    assertThat(stages).isEqualTo(expectedStages);

    assertThat(d.getList("funds")).hasSize(1);
    assertThat(d.getString("funds[0].available")).isEqualTo("100000000.00");
    assertThat(d.getString("funds[0].obligated")).isEqualTo("10000000.00");
    assertThat(d.getString("funds[0].pending")).isEqualTo("0.00");
    assertThat(d.getString("funds[0].free")).isEqualTo("90000000.00");

    // milestones: $2,000,000 due 2027-03-31 and $6,000,000 due 2028-03-31; $300,000 released
    List<Map<String, Object>> months = d.getList("drawdown");
    Map<String, Object> last = months.get(months.size() - 1);
    assertThat(last).containsEntry("month", "2028-03").containsEntry("planned", "8000000.00");
    assertThat(last.get("disbursed")).isEqualTo("300000.00");
    assertThat(months)
        .filteredOn(m -> "2027-03".equals(m.get("month")))
        .singleElement()
        .satisfies(m -> assertThat(m.get("planned")).isEqualTo("2000000.00"));
    assertThat(months)
        .filteredOn(m -> "2027-02".equals(m.get("month")))
        .singleElement()
        .satisfies(m -> assertThat(m.get("planned")).isEqualTo("0.00"));

    assertThat(d.getList("capacity")).hasSize(1);
    assertThat(d.getString("capacity[0].mineral")).isEqualTo("LITHIUM");
    assertThat(d.getString("capacity[0].topicArea")).isEqualTo("EXTRACTION");
    assertThat(new BigDecimal(d.getString("capacity[0].funded"))).isEqualByComparingTo("10000");

    LocalDate today = Api.today();
    List<Map<String, Object>> permits =
        as("pat").get("/awards/" + award + "/permits").jsonPath().getList("$");
    long missed = permits.stream().filter(p -> Boolean.TRUE.equals(p.get("missed"))).count();
    long soon =
        permits.stream()
            .filter(p -> p.get("actualDate") == null && p.get("targetDate") != null)
            .filter(p -> List.of("PLANNED", "IN_PROGRESS").contains(p.get("status")))
            .map(p -> LocalDate.parse((String) p.get("targetDate")))
            .filter(t -> !t.isBefore(today) && !t.isAfter(today.plusDays(30)))
            .count();
    assertThat(d.getLong("permits.paused")).isEqualTo(1);
    assertThat(d.getLong("permits.missed")).isEqualTo(missed);
    assertThat(d.getLong("permits.dueIn30Days")).isEqualTo(soon);

    assertThat(d.getList("paymentAges")).hasSize(4);
    assertThat(d.getLong("paymentAges[0].requests")).isEqualTo(1);
    assertThat(d.getString("paymentAges[0].amount")).isEqualTo("100000.00");
    assertThat(d.getInt("paymentAges[0].toDays")).isEqualTo(10);
    assertThat(d.getLong("paymentAges[3].requests")).isZero();
    assertThat(d.getString("paymentAges[3].toDays")).isNull();

    // the whole program holds at least this opportunity's figures
    JsonPath all = as("olivia").get("/dashboard").then().statusCode(200).extract().jsonPath();
    assertThat(all.getString("authority")).isEqualTo("12000000000.00");
    assertThat(all.getList("funds.opportunityId", Long.class)).contains(opportunity);

    as("bob").get("/dashboard").then().statusCode(403);
    as("rita").get("/dashboard").then().statusCode(403);
    as("audrey").get("/dashboard?opportunityId=1%3Bdrop").then().statusCode(422);
  }

  /**
   * The ledger's monthly summary, which the drawdown reads, equals every disbursement (less
   * recoveries) the ledger holds, grouped by opportunity and month of the program's time zone.
   */
  @Test
  void theLedgersMonthlySummaryEqualsTheGroupedLedger() throws Exception {
    long opportunity = Api.opportunity("Ledger summary opportunity", "100000000.00");
    long award = DisbursementApiIT.activeAward(opportunity, "Ledger summary project").get("award");
    DisbursementApiIT.paid(award, "summary-paid-1", "120000.00");
    DisbursementApiIT.paid(award, "summary-paid-2", "30000.55");

    Map<String, BigDecimal> grouped = new HashMap<>();
    Map<String, BigDecimal> summary = new HashMap<>();
    try (java.sql.Connection db = Database.connect();
        java.sql.Statement sql = db.createStatement()) {
      try (java.sql.ResultSet r =
          sql.executeQuery(
              "select opportunity_id, at, type, amount from ledger_entry"
                  + " where type in ('DISBURSEMENT', 'RECOVERY')")) {
        while (r.next()) {
          java.time.YearMonth month =
              java.time.YearMonth.from(
                  r.getTimestamp(2).toInstant().atZone(java.time.ZoneId.of("America/New_York")));
          BigDecimal amount = r.getBigDecimal(4);
          grouped.merge(
              r.getLong(1) + "@" + (month.getYear() * 100 + month.getMonthValue()),
              "RECOVERY".equals(r.getString(3)) ? amount.negate() : amount,
              BigDecimal::add);
        }
      }
      try (java.sql.ResultSet r =
          sql.executeQuery("select opportunity_id, month_key, disbursed from ledger_month")) {
        while (r.next()) {
          summary.put(r.getLong(1) + "@" + r.getInt(2), r.getBigDecimal(3));
        }
      }
    }
    assertThat(summary.keySet()).isEqualTo(grouped.keySet());
    grouped.forEach((key, sum) -> assertThat(summary.get(key)).as(key).isEqualByComparingTo(sum));
    assertThat(grouped.keySet()).anyMatch(k -> k.startsWith(opportunity + "@"));
  }
}
