package org.lodestone.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lodestone.it.Api.accepted;
import static org.lodestone.it.Api.as;
import static org.lodestone.it.Api.taskFor;
import static org.lodestone.it.Api.work;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Awards through the API as the demo users: the draft prefilled at selection, negotiated terms with
 * every rule broken named, signature by someone other than the preparer, acceptance that obligates
 * the funds (also when two race past them), the letter, go/no-go with a withholding condition,
 * cures kept and removed, amendments with versions and ledger entries, and a decline.
 */
class AwardApiIT extends DeployedEar {

  private static long opportunity;

  @BeforeAll
  static void opportunity() {
    opportunity = Api.opportunity("Award test opportunity", "200000000.00");
  }

  /** alice's application, reviewed and selected by sam: its draft award's id. */
  static long selected(long opportunityId, String title) {
    long application = accepted(opportunityId, title);
    Api.readyForSelection(application);
    work(
        "sam",
        "SELECT_APPLICATION",
        application,
        Map.of("decision", "SELECT", "justification", "Ranked first."));
    return awardOf(application);
  }

  static long awardOf(long application) {
    List<Map<String, Object>> awards =
        as("olivia")
            .get("/awards?size=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return awards.stream()
        .filter(a -> ((Number) a.get("applicationId")).longValue() == application)
        .map(a -> ((Number) a.get("id")).longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no award for application " + application));
  }

  static JsonPath award(String user, long id) {
    return as(user).get("/awards/" + id).then().statusCode(200).extract().jsonPath();
  }

  /** Two budget periods, the first from the start of performance, the second from 2029. */
  static List<Map<String, Object>> periods(
      String end1, String amount1, String end2, String amount2) {
    return List.of(
        Map.of("number", 1, "start", "2027-06-01", "end", end1, "amount", amount1),
        Map.of("number", 2, "start", "2029-01-01", "end", end2, "amount", amount2));
  }

  /** Two budget periods of $10M and $15M and a milestone in each; the first waits for a permit. */
  static Map<String, Object> terms(long version, long permit) {
    Map<String, Object> t = new HashMap<>();
    t.put("version", version);
    t.put("obligatedAmount", "25000000.00");
    t.put("costSharePercent", "50");
    t.put("periodOfPerformance", Map.of("start", "2027-06-01", "end", "2030-05-31"));
    t.put("paymentMethod", "REIMBURSEMENT");
    t.put("maximumMonthlyDraw", "5000000.00");
    t.put("budgetPeriods", periods("2028-12-31", "10000000.00", "2030-05-31", "15000000.00"));
    t.put(
        "milestones",
        List.of(
            Map.of(
                "title", "Pilot plant commissioned",
                "deliverable", "Commissioning report",
                "budgetPeriod", 1,
                "dueDate", "2028-06-30",
                "amount", "6000000.00",
                "permitIds", List.of(permit),
                "engineerCertification", true),
            Map.of(
                "title", "Commercial train operating",
                "budgetPeriod", 2,
                "dueDate", "2030-03-31",
                "amount", "15000000.00")));
    return t;
  }

  /** Terms agreed, prepared by olivia and signed by sam: awaiting alice's acceptance. */
  static void signed(long award) {
    JsonPath draft = award("olivia", award);
    long permit = as("olivia").get("/awards/" + award + "/permits").jsonPath().getLong("[0].id");
    as("olivia")
        .body(terms(draft.getLong("version"), permit))
        .put("/awards/" + award)
        .then()
        .statusCode(200);
    work("olivia", "PREPARE_AWARD", award, Map.of());
    work("sam", "SIGN_AWARD", award, Map.of("decision", "APPROVE"));
  }

  @Test
  void aSelectionBecomesAnActiveAwardThroughNegotiationSignatureAndAcceptance() throws Exception {
    long award = selected(opportunity, "Award lifecycle project");
    JsonPath draft = award("olivia", award);
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getString("obligatedAmount")).isEqualTo("25000000.00");
    assertThat(draft.getString("costSharePercent")).isEqualTo("50.00");
    assertThat(draft.getString("periodOfPerformance.start")).isEqualTo("2027-06-01");
    assertThat(draft.getString("instrument")).isEqualTo("COOPERATIVE_AGREEMENT");
    assertThat(draft.getString("organization.uei")).isNotBlank();
    List<Map<String, Object>> permits =
        as("alice")
            .get("/awards/" + award + "/permits")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    assertThat(permits)
        .extracting(p -> p.get("type"))
        .containsExactlyInAnyOrder("STATE_MINING", "WATER_RIGHTS", "NEPA_EA", "NEPA_FONSI");
    long permit = ((Number) permits.get(0).get("id")).longValue();
    assertThat(Api.application("alice", draft.getLong("applicationId")).getString("status"))
        .isEqualTo("SELECTED");

    // terms that break rules are kept as a draft and every broken rule is listed
    Map<String, Object> broken = terms(draft.getLong("version"), permit);
    broken.put("costSharePercent", "40");
    broken.put("budgetPeriods", periods("2028-11-30", "10000000.00", "2030-05-31", "12000000.00"));
    JsonPath saved =
        as("olivia")
            .body(broken)
            .put("/awards/" + award)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(saved.getList("termsViolations.field", String.class))
        .contains("costSharePercent", "budgetPeriods[1].start", "budgetPeriods", "milestones");
    Response refused =
        as("olivia")
            .body(Map.of())
            .post("/tasks/" + taskFor("olivia", "PREPARE_AWARD", award) + "/complete");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.jsonPath().getList("violations.message", String.class))
        .anySatisfy(m -> assertThat(m).contains("at least the opportunity's minimum of 50%"))
        .anySatisfy(m -> assertThat(m).contains("add up to $22,000,000.00"));

    // a stale version and malformed input lose nothing
    as("olivia")
        .body(terms(draft.getLong("version"), permit))
        .put("/awards/" + award)
        .then()
        .statusCode(409);
    Map<String, Object> malformed = terms(saved.getLong("version"), permit);
    malformed.put("paymentMethod", "CHEQUE");
    malformed.put("obligatedAmount", "12.345");
    Response bad = as("olivia").body(malformed).put("/awards/" + award);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.jsonPath().getList("violations.field", String.class))
        .contains("paymentMethod", "obligatedAmount");
    assertThat(award("olivia", award).getString("costSharePercent")).isEqualTo("40.00");

    signed(award);
    JsonPath awaiting = award("alice", award);
    assertThat(awaiting.getString("status")).isEqualTo("AWAITING_ACCEPTANCE");
    assertThat(awaiting.getString("signedBy")).isEqualTo("sam");
    assertThat(awaiting.getString("preparedBy")).isEqualTo("olivia");

    // another organization neither sees nor accepts it
    as("bob").get("/awards/" + award).then().statusCode(404);
    assertThat(taskFor("bob", "ACCEPT_AWARD", award)).isNull();
    assertThat(
            as("bob")
                .body(Map.of("decision", "ACCEPT", "feocCertified", true))
                .post("/tasks/" + taskFor("alice", "ACCEPT_AWARD", award) + "/complete")
                .statusCode())
        .isIn(403, 404);
    as("alice")
        .body(terms(awaiting.getLong("version"), permit))
        .put("/awards/" + award)
        .then()
        .statusCode(403);
    Response noCertification =
        as("alice")
            .body(Map.of("decision", "ACCEPT"))
            .post("/tasks/" + taskFor("alice", "ACCEPT_AWARD", award) + "/complete");
    assertThat(noCertification.statusCode()).isEqualTo(422);
    assertThat(noCertification.jsonPath().getString("violations[0].field"))
        .isEqualTo("feocCertified");

    work("alice", "ACCEPT_AWARD", award, Map.of("decision", "ACCEPT", "feocCertified", true));
    JsonPath active = award("alice", award);
    assertThat(active.getString("status")).isEqualTo("ACTIVE");
    assertThat(active.getList("budgetPeriods.status", String.class))
        .containsExactly("AUTHORIZED", "PENDING");
    assertThat(active.getInt("termsVersion")).isEqualTo(1);
    assertThat(Api.application("alice", active.getLong("applicationId")).getString("status"))
        .isEqualTo("AWARDED");
    JsonPath ledger =
        as("audrey")
            .get("/awards/" + award + "/ledger")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(ledger.getList("type", String.class)).containsExactly("OBLIGATION");
    assertThat(ledger.getString("[0].amount")).isEqualTo("25000000.00");
    assertThat(ledger.getString("[0].obligatedAfter")).isEqualTo("25000000.00");
    assertThat(Api.auditEvents("AWARD:" + award))
        .contains(
            "AwardOpened", "AwardPrepared", "AwardSigned", "AwardAccepted", "LedgerEntryAppended");

    // the letter, read back
    byte[] pdf =
        as("alice")
            .accept("application/pdf")
            .get("/awards/" + award + "/letter")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text)
        .contains("Notice of Award " + active.getString("number"))
        .contains(active.getString("organization.uei"))
        .contains("$25,000,000.00")
        .contains("2027-06-01 to 2030-05-31")
        .contains("Budget period 2: 2029-01-01 to 2030-05-31, $15,000,000.00")
        .contains("Pilot plant commissioned")
        .contains("Signed for the agency by: sam")
        .contains("Accepted for the recipient by: alice");
    as("bob").accept("application/pdf").get("/awards/" + award + "/letter").then().statusCode(404);
  }

  static Response document(String user, long award, String fileName, byte[] content) {
    return Api.signedIn(user)
        .multiPart("kind", "CURE")
        .multiPart("file", fileName, content, "application/pdf")
        .post("/awards/" + award + "/documents");
  }

  /**
   * Makes the one timer of a process with this business key due now, as if its time had come (the
   * end of a budget period, a cure deadline); the job executor then fires it.
   */
  static void timerDueNow(String processKey, String businessKey) throws Exception {
    try (Connection db = Database.connect();
        PreparedStatement s =
            db.prepareStatement(
                "update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_DEF_KEY_ = ? and"
                    + " PROCESS_INSTANCE_ID_ in"
                    + " (select ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ?)")) {
      s.setTimestamp(1, new java.sql.Timestamp(System.currentTimeMillis() - 60_000));
      s.setString(2, processKey);
      s.setString(3, businessKey);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  static long amend(String user, long award, String type, String reason, Map<String, ?> changes) {
    return as(user)
        .body(Map.of("type", type, "reason", reason, "changes", changes))
        .post("/awards/" + award + "/amendments")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  @Test
  void aWithholdingConditionStopsGoUntilItsCureIsAcceptedAndAnAmendmentMakesANewVersion()
      throws Exception {
    long award = selected(opportunity, "Award conditions project");
    signed(award);
    work("alice", "ACCEPT_AWARD", award, Map.of("decision", "ACCEPT", "feocCertified", true));
    String number = award("olivia", award).getString("number");

    Response badCondition =
        as("olivia")
            .body(Map.of("effect", "SOMETIMES", "deadline", "yesterday"))
            .post("/awards/" + award + "/conditions");
    assertThat(badCondition.statusCode()).isEqualTo(422);
    assertThat(badCondition.jsonPath().getList("violations.field", String.class))
        .contains("effect", "deadline");
    long condition =
        as("olivia")
            .body(
                Map.of(
                    "effect", "WITHHOLD_NEXT_PHASE",
                    "reason", "The reclamation bond is not posted.",
                    "cure", "Post the bond with the state and send its receipt.",
                    "deadline", Api.today().plusDays(60).toString()))
            .post("/awards/" + award + "/conditions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as("bob")
        .body(Map.of("explanation", "Not ours"))
        .post("/conditions/" + condition + "/cure")
        .then()
        .statusCode(404);

    timerDueNow("AwardProcess", number);
    await().atMost(60, SECONDS).until(() -> taskFor("olivia", "GO_NO_GO", award) != null);
    Response withheld =
        as("olivia")
            .body(Map.of("decision", "GO", "justification", "Milestone 1 met."))
            .post("/tasks/" + taskFor("olivia", "GO_NO_GO", award) + "/complete");
    assertThat(withheld.statusCode()).isEqualTo(422);
    assertThat(withheld.jsonPath().getString("violations[0].message"))
        .contains("WITHHOLD_NEXT_PHASE");

    // the cure's evidence: a PDF only, kept with its SHA-256, and only the award's own documents
    Response notPdf = document("alice", award, "receipt.pdf", "not a pdf".getBytes());
    assertThat(notPdf.statusCode()).isEqualTo(422);
    assertThat(notPdf.jsonPath().getString("violations[0].field")).isEqualTo("file");
    document("bob", award, "receipt.pdf", Api.pdf("bob")).then().statusCode(404);
    byte[] receipt = Api.pdf("Bond receipt");
    long documentId =
        document("alice", award, "../bond-receipt.pdf", receipt)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    assertThat(
            as("olivia")
                .accept("application/pdf")
                .get("/awards/" + award + "/documents/" + documentId)
                .then()
                .statusCode(200)
                .extract()
                .header("Digest"))
        .isEqualTo(
            "sha-256="
                + java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(receipt)));
    Response foreign =
        as("alice")
            .body(
                Map.of("explanation", "Bond posted.", "documentIds", List.of(documentId + 100000)))
            .post("/conditions/" + condition + "/cure");
    assertThat(foreign.statusCode()).isEqualTo(422);
    assertThat(foreign.jsonPath().getString("violations[0].field")).isEqualTo("documentIds");
    as("alice")
        .body(
            Map.of(
                "explanation",
                "Bond posted; receipt attached.",
                "documentIds",
                List.of(documentId)))
        .post("/conditions/" + condition + "/cure")
        .then()
        .statusCode(200);
    assertThat(award("olivia", award).getList("conditions[0].cureDocumentIds", Long.class))
        .containsExactly(documentId);
    assertThat(
            as("olivia")
                .get("/awards/" + award + "/documents")
                .jsonPath()
                .getString("[0].fileName"))
        .isEqualTo("bond-receipt.pdf");
    String conditionNumber = award("olivia", award).getString("conditions[0].number");
    await().atMost(30, SECONDS).until(() -> taskFor("olivia", "REVIEW_CURE", condition) != null);
    work(
        "olivia",
        "REVIEW_CURE",
        condition,
        Map.of("decision", "KEEP", "reason", "The receipt is unsigned."));
    assertThat(award("alice", award).getString("conditions[0].status")).isEqualTo("ACTIVE");
    as("alice")
        .body(Map.of("explanation", "Signed receipt."))
        .post("/conditions/" + condition + "/cure")
        .then()
        .statusCode(200);
    work(
        "olivia", "REVIEW_CURE", condition, Map.of("decision", "REMOVE", "reason", "Bond posted."));
    assertThat(award("alice", award).getString("conditions[0].status")).isEqualTo("REMOVED");
    assertThat(Api.auditEvents("CONDITION:" + condition))
        .contains("ConditionImposed", "CureSubmitted", "ConditionKept", "ConditionRemoved");
    assertThat(conditionNumber).startsWith("SC-");

    work(
        "olivia", "GO_NO_GO", award, Map.of("decision", "GO", "justification", "Milestone 1 met."));
    assertThat(award("olivia", award).getList("budgetPeriods.status", String.class))
        .containsExactly("ENDED", "AUTHORIZED");

    // a supplement asked by the recipient (prior approval) and approved by sam
    Map<String, Object> changes = new HashMap<>();
    changes.put("obligatedAmount", "30000000.00");
    changes.put("budgetPeriods", periods("2028-12-31", "10000000.00", "2030-05-31", "20000000.00"));
    Response sameMoney =
        as("alice")
            .body(Map.of("type", "NO_COST_EXTENSION", "reason", "More time", "changes", changes))
            .post("/awards/" + award + "/amendments");
    assertThat(sameMoney.statusCode()).isEqualTo(422);
    Map<String, Object> tooMuch = new HashMap<>(changes);
    tooMuch.put("obligatedAmount", "900000000.00");
    Response beyond =
        as("alice")
            .body(Map.of("type", "SUPPLEMENT", "reason", "Cost growth", "changes", tooMuch))
            .post("/awards/" + award + "/amendments");
    assertThat(beyond.statusCode()).isEqualTo(422);
    assertThat(beyond.jsonPath().getList("violations.field", String.class))
        .contains("obligatedAmount");
    long amendment = amend("alice", award, "SUPPLEMENT", "Second train costs more.", changes);
    work("sam", "APPROVE_AMENDMENT", amendment, Map.of("decision", "APPROVE"));
    JsonPath amended = award("olivia", award);
    assertThat(amended.getString("obligatedAmount")).isEqualTo("30000000.00");
    assertThat(amended.getInt("termsVersion")).isEqualTo(2);
    JsonPath versions =
        as("alice")
            .get("/awards/" + award + "/versions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(versions.getList("number", Integer.class)).containsExactly(1, 2);
    assertThat(versions.getString("[1].amendment.type")).isEqualTo("SUPPLEMENT");
    assertThat(versions.getList("[1].diff.field", String.class))
        .contains("obligatedAmount", "budgetPeriods[2].amount");
    assertThat(versions.getString("[1].diff.find { it.field == 'obligatedAmount' }.before"))
        .isEqualTo("25000000.00");
    JsonPath ledger = as("fiona").get("/awards/" + award + "/ledger").jsonPath();
    assertThat(ledger.getList("type", String.class)).containsExactly("OBLIGATION", "OBLIGATION");
    assertThat(ledger.getString("[1].amount")).isEqualTo("5000000.00");
    assertThat(ledger.getString("[1].obligatedAfter")).isEqualTo("30000000.00");

    // a rejected amendment changes nothing
    Map<String, Object> extension = new HashMap<>();
    extension.put("periodOfPerformance", Map.of("start", "2027-06-01", "end", "2030-11-30"));
    extension.put(
        "budgetPeriods", periods("2028-12-31", "10000000.00", "2030-11-30", "20000000.00"));
    long rejected = amend("olivia", award, "NO_COST_EXTENSION", "Permit delay.", extension);
    work(
        "sam",
        "APPROVE_AMENDMENT",
        rejected,
        Map.of("decision", "REJECT", "reason", "Not yet needed."));
    assertThat(award("olivia", award).getString("periodOfPerformance.end")).isEqualTo("2030-05-31");
    assertThat(award("olivia", award).getInt("termsVersion")).isEqualTo(2);
  }

  @Test
  void twoAcceptancesRacingPastTheFundsObligateExactlyOnce() throws Exception {
    long small = Api.opportunity("Race to obligate opportunity", "60000000.00");
    long first = selected(small, "Obligation race one");
    long second = selected(small, "Obligation race two");
    signed(first);
    signed(second);
    // the funds are cut after both were signed (a rescission): only one of them still fits
    try (Connection db = Database.connect();
        PreparedStatement s =
            db.prepareStatement(
                "update funding_opportunity set funds_available = ? where id = ?")) {
      s.setBigDecimal(1, new java.math.BigDecimal("40000000.00"));
      s.setLong(2, small);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    List<String> tasks =
        List.of(taskFor("alice", "ACCEPT_AWARD", first), taskFor("alice", "ACCEPT_AWARD", second));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> results = new ArrayList<>();
    for (String task : tasks) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return as("alice")
                    .body(Map.of("decision", "ACCEPT", "feocCertified", true))
                    .post("/tasks/" + task + "/complete");
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    String refusal = null;
    for (Future<Response> result : results) {
      Response response = result.get();
      statuses.add(response.statusCode());
      if (response.statusCode() != 204) {
        refusal = response.asString();
      }
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(204, 422);
    assertThat(refusal)
        .contains("would exceed the funds of opportunity")
        .contains("$15,000,000.00");
    List<String> answered =
        List.of(
            award("alice", first).getString("status"), award("alice", second).getString("status"));
    assertThat(answered).containsExactlyInAnyOrder("ACTIVE", "AWAITING_ACCEPTANCE");
    long obligations =
        List.of(first, second).stream()
            .mapToLong(
                a -> as("audrey").get("/awards/" + a + "/ledger").jsonPath().getList("").size())
            .sum();
    assertThat(obligations).isEqualTo(1);

    // the other declines: withdrawn, and its selection no longer holds funds
    long loser = answered.get(0).equals("ACTIVE") ? second : first;
    work(
        "alice",
        "ACCEPT_AWARD",
        loser,
        Map.of("decision", "DECLINE", "reason", "Financing fell through."));
    JsonPath withdrawn = award("alice", loser);
    assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
    assertThat(Api.application("alice", withdrawn.getLong("applicationId")).getString("status"))
        .isEqualTo("WITHDRAWN");
    JsonPath slate = as("sam").get("/opportunities/" + small + "/slate").jsonPath();
    assertThat(slate.getString("selectedAmount")).isEqualTo("25000000.00");
    assertThat(slate.getString("remaining")).isEqualTo("15000000.00");
  }

  @Test
  void aMissedCureDeadlineIsReportedToTheOfficersWhoExtendItOrSuspendTheAward() throws Exception {
    long award = selected(opportunity, "Award missed cure project");
    signed(award);
    work("alice", "ACCEPT_AWARD", award, Map.of("decision", "ACCEPT", "feocCertified", true));
    JsonPath condition =
        as("olivia")
            .body(
                Map.of(
                    "effect", "ADDITIONAL_REPORTING",
                    "reason", "Monthly reports are late.",
                    "cure", "Send the three missing monthly reports.",
                    "deadline", Api.today().plusDays(10).toString()))
            .post("/awards/" + award + "/conditions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String number = condition.getString("number");
    long conditionId = condition.getLong("id");
    timerDueNow("SpecialConditionProcess", number);
    await()
        .atMost(60, SECONDS)
        .until(
            () ->
                as("oscar")
                    .get("/notifications?size=200")
                    .jsonPath()
                    .getList("items.title", String.class)
                    .contains("Cure deadline missed: " + number));
    assertThat(award("olivia", award).getBoolean("conditions[0].deadlineMissed")).isTrue();

    as("alice")
        .body(Map.of("deadline", Api.today().plusDays(40).toString(), "reason", "Mine"))
        .post("/conditions/" + conditionId + "/extension")
        .then()
        .statusCode(403);
    Response tooEarly =
        as("olivia")
            .body(Map.of("deadline", Api.today().plusDays(5).toString(), "reason", "More time."))
            .post("/conditions/" + conditionId + "/extension");
    assertThat(tooEarly.statusCode()).isEqualTo(422);
    assertThat(tooEarly.jsonPath().getString("violations[0].field")).isEqualTo("deadline");
    as("olivia")
        .body(
            Map.of(
                "deadline",
                Api.today().plusDays(40).toString(),
                "reason",
                "Staff changes at the recipient."))
        .post("/conditions/" + conditionId + "/extension")
        .then()
        .statusCode(200);
    JsonPath extended = award("olivia", award);
    assertThat(extended.getString("conditions[0].deadline"))
        .isEqualTo(Api.today().plusDays(40).toString());
    assertThat(extended.getBoolean("conditions[0].deadlineMissed")).isFalse();

    as("olivia").body(Map.of()).post("/awards/" + award + "/suspension").then().statusCode(422);
    as("olivia")
        .body(Map.of("reason", "Reports still missing."))
        .post("/awards/" + award + "/suspension")
        .then()
        .statusCode(200);
    assertThat(award("alice", award).getString("status")).isEqualTo("SUSPENDED");
    as("olivia")
        .body(Map.of("reason", "Reports received."))
        .post("/awards/" + award + "/reinstatement")
        .then()
        .statusCode(200);
    assertThat(award("alice", award).getString("status")).isEqualTo("ACTIVE");
    assertThat(Api.auditEvents("AWARD:" + award)).contains("AwardSuspended", "AwardReinstated");
  }

  @Test
  void onPostgresqlTheDatabaseRefusesToChangeOrRemoveALedgerEntry() throws Exception {
    try (Connection db = Database.connect()) {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"),
          "the append-only trigger is PostgreSQL's");
      long award = selected(opportunity, "Append-only ledger project");
      signed(award);
      work("alice", "ACCEPT_AWARD", award, Map.of("decision", "ACCEPT", "feocCertified", true));
      for (String sql :
          List.of(
              "update ledger_entry set amount = 1 where award_id = " + award,
              "delete from ledger_entry where award_id = " + award,
              "truncate ledger_entry cascade")) {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> db.createStatement().executeUpdate(sql))
            .as(sql)
            .isInstanceOf(java.sql.SQLException.class)
            .hasMessageContaining("ledger_entry is append-only");
      }
      assertThat(
              as("audrey").get("/awards/" + award + "/ledger").jsonPath().getString("[0].amount"))
          .isEqualTo("25000000.00");
    }
  }

  @Test
  void thePreparerCannotSignAndReturnedTermsGoBackWithTheReason() {
    long award = selected(opportunity, "Award signature project");
    JsonPath draft = award("olivia", award);
    long permit = as("olivia").get("/awards/" + award + "/permits").jsonPath().getLong("[0].id");
    as("olivia")
        .body(terms(draft.getLong("version"), permit))
        .put("/awards/" + award)
        .then()
        .statusCode(200);
    work("olivia", "PREPARE_AWARD", award, Map.of());
    assertThat(taskFor("olivia", "SIGN_AWARD", award)).isNull();
    Response noReason =
        as("sam")
            .body(Map.of("decision", "RETURN"))
            .post("/tasks/" + taskFor("sam", "SIGN_AWARD", award) + "/complete");
    assertThat(noReason.statusCode()).isEqualTo(422);
    work(
        "sam",
        "SIGN_AWARD",
        award,
        Map.of("decision", "RETURN", "reason", "Split budget period 2."));
    JsonPath returned = award("olivia", award);
    assertThat(returned.getString("status")).isEqualTo("DRAFT");
    assertThat(returned.getString("returnedReason")).isEqualTo("Split budget period 2.");
    assertThat(taskFor("olivia", "PREPARE_AWARD", award)).isNotNull();
    as("olivia").get("/notifications").then().statusCode(200);
  }
}
