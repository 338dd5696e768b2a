package org.lodestone.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lodestone.it.Api.as;
import static org.lodestone.it.Api.taskFor;
import static org.lodestone.it.Api.work;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Disbursement through the API as the demo users: a milestone reported, certified by the
 * independent engineer and accepted behind its permit; payment requests refused with every failing
 * check named; approvals by separate people, reduced with a reason; the release exactly once, also
 * when 20 identical requests race with one key, two finance officers approve at once or two
 * requests race for the last of the obligation; holds that stop the release without failing jobs;
 * recoveries.
 */
class DisbursementApiIT extends DeployedEar {

  private static long opportunity;

  @BeforeAll
  static void opportunity() {
    opportunity = Api.opportunity("Disbursement test opportunity", "500000000.00");
  }

  /** An active award of $10M: periods of $4M and $6M, a $2M milestone waiting for a permit. */
  static Map<String, Long> activeAward(String title) {
    return activeAward(opportunity, title);
  }

  static Map<String, Long> activeAward(long opportunityId, String title) {
    return activeAward(opportunityId, title, false);
  }

  /** The same award, or with {@code onePeriod} all $10M in one budget period. */
  static Map<String, Long> activeAward(long opportunityId, String title, boolean onePeriod) {
    long award = AwardApiIT.selected(opportunityId, title);
    long mining =
        as("pat")
            .get("/awards/" + award + "/permits")
            .jsonPath()
            .getLong("find { it.type == 'STATE_MINING' }.id");
    Map<String, Object> t = new HashMap<>();
    t.put("version", AwardApiIT.award("olivia", award).getLong("version"));
    t.put("obligatedAmount", "10000000.00");
    t.put("costSharePercent", "50");
    t.put("periodOfPerformance", Map.of("start", "2026-06-01", "end", "2028-05-31"));
    t.put("paymentMethod", "REIMBURSEMENT");
    t.put(
        "budgetPeriods",
        onePeriod
            ? List.of(
                Map.of(
                    "number",
                    1,
                    "start",
                    "2026-06-01",
                    "end",
                    "2028-05-31",
                    "amount",
                    "10000000.00"))
            : List.of(
                Map.of(
                    "number",
                    1,
                    "start",
                    "2026-06-01",
                    "end",
                    "2027-05-31",
                    "amount",
                    "4000000.00"),
                Map.of(
                    "number",
                    2,
                    "start",
                    "2027-06-01",
                    "end",
                    "2028-05-31",
                    "amount",
                    "6000000.00")));
    t.put(
        "milestones",
        List.of(
            Map.of(
                "title",
                "Pilot plant commissioned",
                "budgetPeriod",
                1,
                "dueDate",
                "2027-03-31",
                "amount",
                "2000000.00",
                "permitIds",
                List.of(mining),
                "engineerCertification",
                true),
            Map.of(
                "title", "Commercial train operating",
                "budgetPeriod", onePeriod ? 1 : 2,
                "dueDate", "2028-03-31",
                "amount", "6000000.00")));
    as("olivia").body(t).put("/awards/" + award).then().statusCode(200);
    work("olivia", "PREPARE_AWARD", award, Map.of());
    work("sam", "SIGN_AWARD", award, Map.of("decision", "APPROVE"));
    work("alice", "ACCEPT_AWARD", award, Map.of("decision", "ACCEPT", "feocCertified", true));
    JsonPath a = AwardApiIT.award("alice", award);
    return Map.of(
        "award",
        award,
        "permit",
        mining,
        "milestone",
        a.getLong("milestones[0].id"),
        "later",
        a.getLong("milestones[1].id"));
  }

  static long document(String user, long award, String kind) {
    return Api.signedIn(user)
        .multiPart("kind", kind)
        .multiPart(
            "file", kind.toLowerCase() + ".pdf", Api.pdf(kind + " evidence"), "application/pdf")
        .post("/awards/" + award + "/documents")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static final Map<String, Object> CERTIFIED =
      Map.of(
          "costsAllowable", true,
          "feocOwnershipUnchanged", true,
          "buyAmerica", true,
          "davisBacon", true);

  /** A reimbursement of personnel costs in October 2026, with an equal cost share. */
  static Map<String, Object> reimbursement(String amount, long document) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "REIMBURSEMENT");
    body.put("amount", amount);
    body.put("periodStart", "2026-10-01");
    body.put("periodEnd", "2026-10-31");
    body.put("costsIncurred", List.of(Map.of("category", "PERSONNEL", "amount", amount)));
    body.put("costShareCash", amount);
    body.put("documentIds", List.of(document));
    body.put("certifications", CERTIFIED);
    return body;
  }

  static Response request(String user, long award, String key, Map<String, Object> body) {
    var spec = as(user).body(body);
    if (key != null) {
      spec = spec.header("Idempotency-Key", key);
    }
    return spec.post("/awards/" + award + "/payment-requests");
  }

  static JsonPath paymentRequest(String user, long id) {
    return as(user).get("/payment-requests/" + id).then().statusCode(200).extract().jsonPath();
  }

  static void released(long request) {
    await()
        .atMost(30, SECONDS)
        .until(() -> "RELEASED".equals(paymentRequest("fiona", request).getString("status")));
  }

  /** A reimbursement made, approved in full by olivia and fiona, and released: its id. */
  static long paid(long award, String key, String amount) {
    long id = submitted(award, key, amount).getLong("id");
    work("olivia", "APPROVE_PAYMENT", id, Map.of("decision", "APPROVE"));
    work("fiona", "CERTIFY_PAYMENT", id, Map.of("decision", "APPROVE"));
    released(id);
    return id;
  }

  static List<Map<String, Object>> disbursements(long award) {
    return as("audrey")
        .get("/awards/" + award + "/ledger")
        .jsonPath()
        .getList("findAll { it.type == 'DISBURSEMENT' }");
  }

  /** The failed jobs (with an exception) of the process of a payment request. */
  static int failedJobs(String number) throws Exception {
    try (Connection db = Database.connect();
        PreparedStatement s =
            db.prepareStatement(
                "select count(*) from ACT_RU_JOB where EXCEPTION_MSG_ is not null and"
                    + " PROCESS_INSTANCE_ID_ in"
                    + " (select ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ?)")) {
      s.setString(1, number);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  @Test
  void aMilestoneIsCertifiedAcceptedOnceItsPermitIsCompleteThenPaidExactlyOnce() {
    Map<String, Long> ids = activeAward("Milestone payment project");
    long award = ids.get("award");
    long milestone = ids.get("milestone");
    long evidence = document("alice", award, "MILESTONE");
    long cure = document("alice", award, "CURE");

    // the report needs evidence of this award; another organization sees nothing
    as("alice")
        .body(Map.of("summary", "Commissioned", "documentIds", List.of(999_999)))
        .post("/milestones/" + milestone + "/completion")
        .then()
        .statusCode(422);
    as("bob").get("/milestones/" + milestone).then().statusCode(404);
    as("alice")
        .body(
            Map.of(
                "summary", "Pilot plant commissioned on 2 Nov.", "documentIds", List.of(evidence)))
        .post("/milestones/" + milestone + "/completion")
        .then()
        .statusCode(200);
    assertThat(taskFor("olivia", "ACCEPT_MILESTONE", milestone)).isNull();
    work("ivan", "CERTIFY_MILESTONE", milestone, Map.of("decision", "CERTIFY"));

    // the permit gate: no acceptance while the state mining permit is incomplete
    String acceptance = taskFor("olivia", "ACCEPT_MILESTONE", milestone);
    Response gated =
        as("olivia").body(Map.of("decision", "ACCEPT")).post("/tasks/" + acceptance + "/complete");
    assertThat(gated.statusCode()).isEqualTo(422);
    assertThat(gated.jsonPath().getString("violations[0].message")).contains("State mining permit");
    Response early =
        request("alice", award, "early-1", milestonePayment(milestone, "2000000.00", evidence));
    assertThat(early.statusCode()).isEqualTo(422);
    assertThat(early.jsonPath().getList("violations.field", String.class))
        .contains("MILESTONE_ACCEPTED", "PERMITS_COMPLETE");
    as("pat")
        .body(Map.of("actualDate", Api.today().toString()))
        .patch("/permits/" + ids.get("permit"))
        .then()
        .statusCode(200);
    Api.decide("olivia", acceptance, Map.of("decision", "ACCEPT"));
    assertThat(as("alice").get("/milestones/" + milestone).jsonPath().getString("status"))
        .isEqualTo("ACCEPTED");

    // bad requests: no key, another organization, unaccepted evidence, too little cost share
    assertThat(
            request("alice", award, null, milestonePayment(milestone, "2000000.00", evidence))
                .statusCode())
        .isEqualTo(422);
    assertThat(
            request("bob", award, "bob-1", milestonePayment(milestone, "2000000.00", evidence))
                .statusCode())
        .isEqualTo(404);
    Map<String, Object> weak = milestonePayment(milestone, "2000000.00", cure);
    weak.put("costShareCash", "1000000.00");
    Response refused = request("alice", award, "weak-1", weak);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.jsonPath().getList("violations.field", String.class))
        .containsExactlyInAnyOrder("COST_SHARE_RATIO", "EVIDENCE");
    assertThat(as("alice").get("/awards/" + award + "/payment-requests").jsonPath().getList("$"))
        .isEmpty();

    Response made =
        request("alice", award, "milestone-1", milestonePayment(milestone, "2000000.00", evidence));
    assertThat(made.statusCode()).isEqualTo(201);
    long id = made.jsonPath().getLong("id");
    String number = made.jsonPath().getString("number");
    assertThat(made.jsonPath().getString("status")).isEqualTo("SUBMITTED");
    assertThat(made.jsonPath().getString("nextStep")).isEqualTo("APPROVE_PAYMENT");
    Map<String, Object> changed = milestonePayment(milestone, "1999999.00", evidence);
    Response reused = request("alice", award, "milestone-1", changed);
    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.jsonPath().getString("violations[0].field")).isEqualTo("Idempotency-Key");

    // approvals: a reduction needs a reason, never raises; the requester and the same person never
    String approval = taskFor("olivia", "APPROVE_PAYMENT", id);
    assertThat(
            as("olivia")
                .body(Map.of("decision", "APPROVE", "amount", "1900000.00"))
                .post("/tasks/" + approval + "/complete")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            as("olivia")
                .body(Map.of("decision", "APPROVE", "amount", "2000000.01", "reason", "x"))
                .post("/tasks/" + approval + "/complete")
                .statusCode())
        .isEqualTo(422);
    Api.decide(
        "olivia",
        approval,
        Map.of(
            "decision",
            "APPROVE",
            "amount",
            "1950000.00",
            "reason",
            "Site visit travel is not allowable."));
    Api.decide("fiona", taskFor("fiona", "CERTIFY_PAYMENT", id), Map.of("decision", "APPROVE"));
    long finished = System.nanoTime();
    released(id);
    System.out.printf(
        "Release after the last approval: %d ms%n", (System.nanoTime() - finished) / 1_000_000);

    JsonPath paid = paymentRequest("audrey", id);
    assertThat(paid.getString("approvedAmount")).isEqualTo("1950000.00");
    assertThat(paid.getString("requestedAmount")).isEqualTo("2000000.00");
    assertThat(paid.getString("paymentReference")).isEqualTo(number.replace("PR-", "PAY-"));
    assertThat(paid.getList("approvals.actor", String.class)).containsExactly("olivia", "fiona");
    assertThat(paid.getList("approvals.reason", String.class))
        .containsExactly("Site visit travel is not allowable.", null);
    List<Map<String, Object>> entries = disbursements(award);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).get("amount")).isEqualTo("1950000.00");
    assertThat(((Number) entries.get(0).get("id")).longValue())
        .isEqualTo(paid.getLong("ledgerEntryId"));
    assertThat(as("alice").get("/milestones/" + milestone).jsonPath().getString("status"))
        .isEqualTo("PAID");
    assertThat(Api.auditEvents("PAYMENT_REQUEST:" + id))
        .contains("PaymentRequested", "PaymentApproved", "PaymentReleased");

    // a second request for a paid milestone is refused; a recovery by a finance officer
    Response again =
        request("alice", award, "milestone-2", milestonePayment(milestone, "50000.00", evidence));
    assertThat(again.jsonPath().getList("violations.field", String.class))
        .contains("MILESTONE_ACCEPTED");
    Map<String, Object> recovery =
        Map.of("amount", "25000.00", "reason", "Consultant invoice disallowed on audit.");
    as("olivia")
        .body(recovery)
        .post("/payment-requests/" + id + "/recoveries")
        .then()
        .statusCode(403);
    as("fiona")
        .body(Map.of("amount", "1950000.01", "reason", "x"))
        .post("/payment-requests/" + id + "/recoveries")
        .then()
        .statusCode(422);
    JsonPath recovered =
        as("fiona")
            .body(recovery)
            .post("/payment-requests/" + id + "/recoveries")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(recovered.getString("type")).isEqualTo("RECOVERY");
    assertThat(recovered.getString("disbursedAfter")).isEqualTo("1925000.00");
  }

  static Map<String, Object> milestonePayment(long milestone, String amount, long document) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "MILESTONE");
    body.put("milestoneId", milestone);
    body.put("amount", amount);
    body.put("costShareCash", amount);
    body.put("documentIds", List.of(document));
    body.put("certifications", CERTIFIED);
    return body;
  }

  /** Runs the calls at the same moment, each on its own thread, and returns their answers. */
  static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> answers = new ArrayList<>();
      for (Future<T> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A reimbursement made: its id and number. */
  static JsonPath submitted(long award, String key, String amount) {
    long evidence = document("alice", award, "PAYMENT_REQUEST");
    return request("alice", award, key, reimbursement(amount, evidence))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void twentyIdenticalRequestsWithOneKeyMakeOneRequest() throws Exception {
    long award = activeAward("Idempotency project").get("award");
    Map<String, Object> body =
        reimbursement("100000.00", document("alice", award, "PAYMENT_REQUEST"));
    List<Callable<Response>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(() -> request("alice", award, "october-costs", body));
    }
    List<Response> answers = atOnce(calls);
    assertThat(answers).extracting(Response::statusCode).containsOnly(201);
    assertThat(answers)
        .extracting(r -> r.jsonPath().getLong("id"))
        .containsOnly(answers.get(0).jsonPath().getLong("id"));
    assertThat(answers).filteredOn(r -> "true".equals(r.header("Idempotent-Replayed"))).hasSize(19);
    assertThat(as("alice").get("/awards/" + award + "/payment-requests").jsonPath().getList("$"))
        .hasSize(1);
  }

  @Test
  void twoFinanceOfficersCertifyingAtOnceGiveOneApprovalAndOneConflict() throws Exception {
    long award = activeAward("Certification race project").get("award");
    long id = submitted(award, "race-1", "200000.00").getLong("id");
    work("olivia", "APPROVE_PAYMENT", id, Map.of("decision", "APPROVE"));
    String task = taskFor("fiona", "CERTIFY_PAYMENT", id);
    assertThat(taskFor("felix", "CERTIFY_PAYMENT", id)).isEqualTo(task);
    List<Callable<Integer>> certifications = new ArrayList<>();
    for (String officer : List.of("fiona", "felix")) {
      certifications.add(
          () ->
              as(officer)
                  .body(Map.of("decision", "APPROVE"))
                  .post("/tasks/" + task + "/complete")
                  .statusCode());
    }
    assertThat(atOnce(certifications)).containsExactlyInAnyOrder(204, 409);
    released(id);
    assertThat(paymentRequest("fiona", id).getList("approvals")).hasSize(2);
    assertThat(disbursements(award)).hasSize(1);
  }

  @Test
  void twoRequestsRacingForTheLastOfTheObligationGiveOneRefusal() throws Exception {
    long award = activeAward(opportunity, "Obligation race project", true).get("award");
    long evidence = document("alice", award, "PAYMENT_REQUEST");
    // $10M obligated in one budget period: two requests of $6M at the same moment
    List<Callable<Response>> calls = new ArrayList<>();
    for (String key : List.of("left-a", "left-b")) {
      calls.add(() -> request("alice", award, key, reimbursement("6000000.00", evidence)));
    }
    List<Response> answers = atOnce(calls);
    assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 422);
    Response refused =
        answers.stream().filter(r -> r.statusCode() == 422).findFirst().orElseThrow();
    assertThat(refused.jsonPath().getList("violations.field", String.class))
        .contains("WITHIN_OBLIGATION");
    assertThat(
            refused
                .jsonPath()
                .getString("violations.find { it.field == 'WITHIN_OBLIGATION' }.message"))
        .contains("$4,000,000.00 of the obligation not yet disbursed or requested");
  }

  @Test
  void aHoldStopsTheReleaseWithoutFailingJobsAndLiftingItCompletesThePayment() throws Exception {
    long award = activeAward("Hold project").get("award");
    JsonPath made = submitted(award, "held-1", "300000.00");
    long id = made.getLong("id");
    as("alice")
        .body(Map.of("reason", "x"))
        .post("/awards/" + award + "/holds")
        .then()
        .statusCode(403);
    as("olivia")
        .body(Map.of("reason", " "))
        .post("/awards/" + award + "/holds")
        .then()
        .statusCode(422);
    long hold =
        as("olivia")
            .body(Map.of("reason", "Single audit finding open."))
            .post("/awards/" + award + "/holds")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    assertThat(
            paymentRequest("olivia", id)
                .getList("checks.findAll { !it.passed }.rule", String.class))
        .containsExactly("NO_HOLD");
    work("olivia", "APPROVE_PAYMENT", id, Map.of("decision", "APPROVE"));
    work("fiona", "CERTIFY_PAYMENT", id, Map.of("decision", "APPROVE"));
    await()
        .atMost(30, SECONDS)
        .until(() -> "HELD".equals(paymentRequest("fiona", id).getString("status")));
    // and stays held, without the release being tried
    await()
        .during(2, SECONDS)
        .atMost(5, SECONDS)
        .until(() -> "HELD".equals(paymentRequest("fiona", id).getString("status")));
    assertThat(disbursements(award)).isEmpty();
    assertThat(failedJobs(made.getString("number"))).isZero();
    assertThat(
            as("fiona")
                .get("/payment-requests")
                .jsonPath()
                .getList("findAll { it.id == " + id + " }.status", String.class))
        .containsExactly("HELD");
    as("alice").get("/payment-requests").then().statusCode(403);

    as("olivia")
        .body(Map.of("reason", "x"))
        .delete("/awards/" + award + "/holds/999999")
        .then()
        .statusCode(404);
    as("olivia")
        .body(Map.of("reason", "Finding closed."))
        .delete("/awards/" + award + "/holds/" + hold)
        .then()
        .statusCode(200);
    released(id);
    assertThat(disbursements(award)).hasSize(1);
    assertThat(failedJobs(made.getString("number"))).isZero();
  }

  @Test
  void aboveTheThresholdTwoDifferentFinanceOfficersCertifyAndAReturnIsCorrected() throws Exception {
    long award = activeAward("Second certification project").get("award");
    long evidence = document("alice", award, "PAYMENT_REQUEST");
    ServerConfig server = new ServerConfig();
    server.systemProperty("lodestone.disbursement.second-approval-threshold", "1000000.00");
    try {
      long id =
          request("alice", award, "large-1", reimbursement("1500000.00", evidence))
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id");
      work("olivia", "APPROVE_PAYMENT", id, Map.of("decision", "APPROVE"));
      work(
          "fiona",
          "CERTIFY_PAYMENT",
          id,
          Map.of("decision", "RETURN", "reason", "Attach the October payroll register."));
      JsonPath returned = paymentRequest("alice", id);
      assertThat(returned.getString("status")).isEqualTo("RETURNED");
      assertThat(returned.getString("statusReason"))
          .isEqualTo("Attach the October payroll register.");
      as("bob")
          .body(reimbursement("1500000.00", evidence))
          .put("/payment-requests/" + id)
          .then()
          .statusCode(404);
      as("alice")
          .body(reimbursement("1400000.00", evidence))
          .put("/payment-requests/" + id)
          .then()
          .statusCode(200);
      work("olivia", "APPROVE_PAYMENT", id, Map.of("decision", "APPROVE"));
      work("fiona", "CERTIFY_PAYMENT", id, Map.of("decision", "APPROVE"));
      String second = taskFor("felix", "SECOND_CERTIFY_PAYMENT", id);
      Response twice =
          as("fiona").body(Map.of("decision", "APPROVE")).post("/tasks/" + second + "/complete");
      assertThat(twice.statusCode()).isEqualTo(403);
      assertThat(twice.jsonPath().getString("detail")).contains("already decided");
      Api.decide("felix", second, Map.of("decision", "APPROVE"));
      released(id);
      assertThat(paymentRequest("audrey", id).getList("approvals.actor", String.class))
          .containsExactly("olivia", "fiona", "olivia", "fiona", "felix");
      assertThat(disbursements(award)).hasSize(1);
    } finally {
      server.removeSystemProperty("lodestone.disbursement.second-approval-threshold");
    }
  }
}
