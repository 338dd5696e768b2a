package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.it.Api.as;
import static org.lodestone.it.Api.work;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What auditors read: a released payment traced to its evidence, approvers, release and ledger
 * entries with every audit event checked in place; the SF-425 lines against a ledger computed by
 * hand (a reduced approval, a recovery, a held request); federal expenditures per recipient against
 * the single-audit threshold; a reproducible sample; and who may see which.
 */
class ReportingApiIT extends DeployedEar {

  private static long opportunity;

  @BeforeAll
  static void opportunity() {
    opportunity = Api.opportunity("Reporting test opportunity", "100000000.00");
  }

  @Test
  void aReducedPaymentWithARecoveryTracesAndAddsUpOnTheFinancialReport() {
    long award = DisbursementApiIT.activeAward(opportunity, "Reporting project").get("award");
    JsonPath first = DisbursementApiIT.submitted(award, "report-1", "300000.00");
    long paid = first.getLong("id");
    work(
        "olivia",
        "APPROVE_PAYMENT",
        paid,
        Map.of("decision", "APPROVE", "amount", "250000.00", "reason", "Travel not allowable."));
    work("fiona", "CERTIFY_PAYMENT", paid, Map.of("decision", "APPROVE"));
    DisbursementApiIT.released(paid);
    as("fiona")
        .body(Map.of("amount", "20000.00", "reason", "Invoice disallowed on audit."))
        .post("/payment-requests/" + paid + "/recoveries")
        .then()
        .statusCode(201);
    // a second request approved by everyone but held before its release: unliquidated
    long held = DisbursementApiIT.submitted(award, "report-2", "100000.00").getLong("id");
    work("olivia", "APPROVE_PAYMENT", held, Map.of("decision", "APPROVE"));
    long hold =
        as("olivia")
            .body(Map.of("reason", "Quarterly report overdue."))
            .post("/awards/" + award + "/holds")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    work("fiona", "CERTIFY_PAYMENT", held, Map.of("decision", "APPROVE"));
    Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                "HELD".equals(DisbursementApiIT.paymentRequest("fiona", held).getString("status")));

    JsonPath trace =
        as("audrey")
            .get("/payment-requests/" + paid + "/trace")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(trace.getString("request.number")).isEqualTo(first.getString("number"));
    assertThat(trace.getList("evidence.sha256", String.class))
        .singleElement()
        .satisfies(h -> assertThat(h).hasSize(64));
    assertThat(trace.getList("approvals.actor")).containsExactly("olivia", "fiona");
    assertThat(trace.getList("approvals.role"))
        .containsExactly("PROGRAM_OFFICER", "FINANCE_OFFICER");
    assertThat(trace.getList("approvals.amount")).containsExactly("250000.00", "250000.00");
    assertThat(trace.getList("ledgerEntries.type")).containsExactly("DISBURSEMENT", "RECOVERY");
    assertThat(trace.getString("ledgerEntries[0].reference"))
        .isEqualTo(trace.getString("request.paymentReference"));
    assertThat(trace.getList("auditEvents.event.event", String.class))
        .contains("DocumentAttached", "PaymentRequested", "PaymentReleased", "LedgerEntryAppended");
    assertThat(trace.getList("auditEvents.intact", Boolean.class)).containsOnly(true);
    assertThat(trace.getBoolean("allEventsIntact")).isTrue();
    as("alice").get("/payment-requests/" + paid + "/trace").then().statusCode(200);
    as("bob").get("/payment-requests/" + paid + "/trace").then().statusCode(404);

    // by hand: received 250,000 - 20,000; authorized 10,000,000; the held 100,000 unliquidated;
    // 50% cost share: the recipient owes 10,000,000 and has spent the 300,000 of the paid request
    JsonPath report =
        as("alice")
            .get("/awards/" + award + "/financial-report")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getString("federalCashReceipts")).isEqualTo("230000.00");
    assertThat(report.getString("federalCashDisbursements")).isEqualTo("230000.00");
    assertThat(report.getString("federalCashOnHand")).isEqualTo("0.00");
    assertThat(report.getString("totalFederalFundsAuthorized")).isEqualTo("10000000.00");
    assertThat(report.getString("federalShareOfExpenditures")).isEqualTo("230000.00");
    assertThat(report.getString("federalShareOfUnliquidatedObligations")).isEqualTo("100000.00");
    assertThat(report.getString("totalFederalShare")).isEqualTo("330000.00");
    assertThat(report.getString("unobligatedBalanceOfFederalFunds")).isEqualTo("9670000.00");
    assertThat(report.getString("totalRecipientShareRequired")).isEqualTo("10000000.00");
    assertThat(report.getString("recipientShareOfExpenditures")).isEqualTo("300000.00");
    assertThat(report.getString("remainingRecipientShareToBeProvided")).isEqualTo("9700000.00");
    assertThat(
            as("alice")
                .get("/awards/" + award + "/financial-report?periodEnd=2026-06-30")
                .jsonPath()
                .getString("federalCashReceipts"))
        .as("nothing was paid by the end of June 2026")
        .isEqualTo("0.00");
    as("bob").get("/awards/" + award + "/financial-report").then().statusCode(404);
    byte[] pdf =
        as("alice")
            .accept("application/pdf")
            .get("/awards/" + award + "/financial-report.pdf")
            .then()
            .statusCode(200)
            .header("Content-Disposition", org.hamcrest.Matchers.containsString("sf-425-AWD-"))
            .extract()
            .asByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    as("bob")
        .accept("application/pdf")
        .get("/awards/" + award + "/financial-report.pdf")
        .then()
        .statusCode(404);
    assertThat(
            as("alice")
                .get("/awards/" + award + "/financial-report?periodEnd=next-tuesday")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath()
                .getString("violations[0].field"))
        .isEqualTo("periodEnd");
    as("alice")
        .get("/awards/" + award + "/financial-report?periodEnd=2020-01-01")
        .then()
        .statusCode(422);
    as("olivia")
        .body(Map.of("reason", "Report received."))
        .delete("/awards/" + award + "/holds/" + hold)
        .then()
        .statusCode(200);
    DisbursementApiIT.released(held);
  }

  @Test
  void recipientsAreFlaggedAtTheSingleAuditThresholdAndOnlyAuditorsAndFinanceSeeIt() {
    long award = DisbursementApiIT.activeAward(opportunity, "Single audit project").get("award");
    DisbursementApiIT.paid(award, "single-audit-1", "400000.00");
    long organization = AwardApiIT.award("alice", award).getLong("organization.id");

    JsonPath year = as("audrey").get("/single-audit").then().statusCode(200).extract().jsonPath();
    Map<String, Object> row = recipient(year, organization);
    BigDecimal spent = new BigDecimal((String) row.get("expenditures"));
    assertThat(spent).isGreaterThanOrEqualTo(new BigDecimal("400000.00"));
    ServerConfig server = new ServerConfig();
    try {
      server.systemProperty("lodestone.single-audit.threshold", spent.toPlainString());
      assertThat(
              recipient(as("fiona").get("/single-audit").jsonPath(), organization)
                  .get("reachesThreshold"))
          .as("at the threshold")
          .isEqualTo(true);
      server.removeSystemProperty("lodestone.single-audit.threshold");
      server.systemProperty(
          "lodestone.single-audit.threshold", spent.add(new BigDecimal("0.01")).toPlainString());
      assertThat(
              recipient(as("audrey").get("/single-audit").jsonPath(), organization)
                  .get("reachesThreshold"))
          .as("a cent below it")
          .isEqualTo(false);
    } finally {
      server.removeSystemProperty("lodestone.single-audit.threshold");
    }
    int fiscalYear = year.getInt("fiscalYear");
    assertThat(
            as("audrey")
                .get("/single-audit?fiscalYear=" + (fiscalYear - 10))
                .jsonPath()
                .getList("recipients"))
        .isEmpty();
    as("alice").get("/single-audit").then().statusCode(403);
    as("audrey").get("/single-audit?fiscalYear=20x7").then().statusCode(422);
  }

  @Test
  void aSampleIsReproducibleAndBoundedByThePopulation() {
    long award = DisbursementApiIT.activeAward(opportunity, "Sample project").get("award");
    DisbursementApiIT.paid(award, "sample-1", "50000.00");

    List<Object> one =
        as("audrey")
            .get("/payment-requests/sample?seed=42&size=1")
            .jsonPath()
            .getList("payments.id");
    List<Object> again =
        as("audrey")
            .get("/payment-requests/sample?seed=42&size=1")
            .jsonPath()
            .getList("payments.id");
    assertThat(one).hasSize(1).isEqualTo(again);
    assertThat(
            as("audrey")
                .get("/payment-requests/sample?seed=42&size=0")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath()
                .getString("violations[0].field"))
        .isEqualTo("size");
    as("audrey").get("/payment-requests/sample?seed=42&size=999999").then().statusCode(422);
    as("audrey").get("/payment-requests/sample?size=3").then().statusCode(422);
    as("alice").get("/payment-requests/sample?seed=1&size=1").then().statusCode(403);
  }

  private static Map<String, Object> recipient(JsonPath year, long organization) {
    List<Map<String, Object>> rows = year.getList("recipients");
    return rows.stream()
        .filter(r -> ((Number) r.get("organizationId")).longValue() == organization)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no row for organization " + organization + ": " + rows));
  }
}
