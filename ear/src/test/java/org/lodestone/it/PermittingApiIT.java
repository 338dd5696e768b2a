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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Permitting timetables through the API as the demo users: the timetable seeded from the
 * application, date changes under the FAST-41 rules (reason, 30-day window, extension cap, approval
 * of a large move of a date a milestone waits for), pause and resume, a denied permit and the
 * program officer's decision, the milestone gate, a missed date's report and the quarterly
 * confirmation.
 */
class PermittingApiIT extends DeployedEar {

  private static long opportunity;

  @BeforeAll
  static void opportunity() {
    opportunity = Api.opportunity("Permitting test opportunity", "200000000.00");
  }

  private static Response patch(String user, long permit, Map<String, Object> body) {
    return as(user).body(body).patch("/permits/" + permit);
  }

  private static Map<String, Object> move(LocalDate to, String reason, String category) {
    Map<String, Object> body = new HashMap<>();
    body.put("targetDate", to.toString());
    if (reason != null) {
      body.put("reason", reason);
    }
    if (category != null) {
      body.put("reasonCategory", category);
    }
    return body;
  }

  private static JsonPath permit(String user, long permit) {
    return as(user).get("/permits/" + permit).then().statusCode(200).extract().jsonPath();
  }

  /** An active award whose first milestone waits for the state mining permit. */
  static long[] activeAwardWithMilestoneOnPermit(long opportunityId, String title) {
    long award = AwardApiIT.selected(opportunityId, title);
    JsonPath permits = as("pat").get("/awards/" + award + "/permits").jsonPath();
    long mining = permits.getLong("find { it.type == 'STATE_MINING' }.id");
    long water = permits.getLong("find { it.type == 'WATER_RIGHTS' }.id");
    as("olivia")
        .body(AwardApiIT.terms(AwardApiIT.award("olivia", award).getLong("version"), mining))
        .put("/awards/" + award)
        .then()
        .statusCode(200);
    work("olivia", "PREPARE_AWARD", award, Map.of());
    work("sam", "SIGN_AWARD", award, Map.of("decision", "APPROVE"));
    work("alice", "ACCEPT_AWARD", award, Map.of("decision", "ACCEPT", "feocCertified", true));
    return new long[] {award, mining, water};
  }

  @Test
  void dateChangesFollowTheTimetableRulesAndALargeMoveOfAGatingDateWaitsForApproval() {
    long[] ids = activeAwardWithMilestoneOnPermit(opportunity, "Permitting rules project");
    long award = ids[0];
    long mining = ids[1];
    JsonPath seeded = permit("alice", mining);
    assertThat(seeded.getString("name")).isEqualTo("State mining permit");
    assertThat(seeded.getString("agency")).isEqualTo("Nevada Division of Minerals");
    assertThat(seeded.getString("originalTargetDate")).isEqualTo("2027-09-01");
    assertThat(seeded.getList("milestoneIds")).hasSize(1);
    LocalDate target = LocalDate.parse("2027-09-01");

    // a reason and its category for every change; only the specialist changes the timetable
    Response noReason = patch("pat", mining, move(target.plusDays(10), null, null));
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.jsonPath().getList("violations.field", String.class))
        .containsExactlyInAnyOrder("reason", "reasonCategory");
    patch("olivia", mining, move(target.plusDays(10), "x", "OTHER")).then().statusCode(403);
    as("bob").get("/permits/" + mining).then().statusCode(404);
    patch("pat", mining, move(target.plusDays(10), "Baseline survey late.", "PROJECT_SPONSOR"))
        .then()
        .statusCode(200);
    JsonPath history = as("alice").get("/permits/" + mining + "/history").jsonPath();
    assertThat(history.getString("[0].field")).isEqualTo("targetDate");
    assertThat(history.getString("[0].before")).isEqualTo("2027-09-01");
    assertThat(history.getString("[0].after")).isEqualTo("2027-09-11");
    assertThat(history.getString("[0].actor")).isEqualTo("pat");
    assertThat(history.getString("[0].reasonCategory")).isEqualTo("PROJECT_SPONSOR");

    // a milestone waits for this permit: moving it by more than 30 days needs a program officer
    Response large =
        patch(
            "pat", mining, move(target.plusDays(55), "Agency staff shortage.", "AGENCY_RESOURCES"));
    assertThat(large.statusCode()).isEqualTo(202);
    assertThat(large.jsonPath().getString("task.type")).isEqualTo("APPROVE_TIMETABLE_CHANGE");
    assertThat(permit("pat", mining).getString("targetDate")).isEqualTo("2027-09-11");
    String approval = large.jsonPath().getString("task.id");
    Response noReasonReject =
        as("olivia").body(Map.of("decision", "REJECT")).post("/tasks/" + approval + "/complete");
    assertThat(noReasonReject.statusCode()).isEqualTo(422);
    Api.decide("olivia", approval, Map.of("decision", "APPROVE", "reason", "Documented backlog."));
    JsonPath moved = permit("pat", mining);
    assertThat(moved.getString("targetDate")).isEqualTo("2027-10-26");
    assertThat(moved.getInt("extensionDaysUsed")).isEqualTo(55);

    // extensions add up to at most half of the original timetable
    int allowed = moved.getInt("extensionDaysAllowed");
    Response beyond =
        patch(
            "pat", mining, move(target.plusDays(allowed + 1), "Litigation pending.", "LITIGATION"));
    assertThat(beyond.statusCode()).isEqualTo(422);
    assertThat(beyond.jsonPath().getString("violations[0].message"))
        .contains("more than half of the original timetable")
        .contains("55 are used");

    // pause and resume; a resume without a pause is refused
    assertThat(patch("pat", mining, Map.of("status", "PAUSED")).statusCode()).isEqualTo(422);
    patch(
            "pat",
            mining,
            Map.of(
                "status",
                "PAUSED",
                "reason",
                "Sponsor redesign.",
                "reasonCategory",
                "PROJECT_SPONSOR"))
        .then()
        .statusCode(200);
    assertThat(permit("olivia", mining).getString("pausedReason")).isEqualTo("Sponsor redesign.");
    as("pat").post("/permits/" + mining + "/resume").then().statusCode(200);
    as("pat").post("/permits/" + mining + "/resume").then().statusCode(409);

    // inside the 30-day window, and an actual date in the future
    long soon =
        as("pat")
            .body(
                Map.of(
                    "type", "AIR",
                    "agency", "Nevada Division of Environmental Protection",
                    "targetDate", Api.today().plusDays(30).toString()))
            .post("/awards/" + award + "/permits")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Response window = patch("pat", soon, move(Api.today().plusDays(45), "Late.", "OTHER"));
    assertThat(window.statusCode()).isEqualTo(422);
    assertThat(window.jsonPath().getString("violations[0].message")).contains("within 30 days");
    Response future = patch("pat", soon, Map.of("actualDate", Api.today().plusDays(1).toString()));
    assertThat(future.statusCode()).isEqualTo(422);
    assertThat(future.jsonPath().getString("violations[0].field")).isEqualTo("actualDate");
    patch("pat", soon, Map.of("actualDate", Api.today().toString())).then().statusCode(200);
    assertThat(permit("pat", soon).getString("status")).isEqualTo("COMPLETE");

    // the timetable in the CEQ NEPA and Permitting Data and Technology Standard
    String export =
        as("olivia")
            .get("/exports/nepa/" + award + ".json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String schema;
    try (java.io.InputStream in =
        PermittingApiIT.class.getResourceAsStream("/standards/nepa.schema.v1.2.0.json")) {
      schema = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<com.networknt.schema.Error> errors =
        com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_7)
            .getSchema(schema, com.networknt.schema.InputFormat.JSON)
            .validate(export, com.networknt.schema.InputFormat.JSON);
    assertThat(errors).isEmpty();
    JsonPath nepa = new JsonPath(export);
    assertThat(nepa.getLong("projects[0].id")).isEqualTo(award);
    assertThat(nepa.getString("projects[0].sponsor")).isEqualTo("Great Basin Lithium, Inc.");
    assertThat(nepa.getString("projects[0].current_status")).isEqualTo("underway");
    assertThat(nepa.getLong("processe_instances[0].parent_project_id")).isEqualTo(award);
    assertThat(nepa.getList("case_events.type", String.class)).contains("STATE_MINING", "AIR");
    assertThat(
            nepa.getString(
                "case_events.find { it.type == 'STATE_MINING' && it.datetime == '2027-09-11' }.description"))
        .contains("Baseline survey late.")
        .contains("PROJECT_SPONSOR");
    assertThat(
            nepa.getString(
                "case_events.find { it.type == 'AIR' && it.status == 'completed' }.datetime"))
        .isEqualTo(Api.today().toString());
    assertThat(nepa.getString("process_models[0].bpmn_model.xml"))
        .contains("id=\"PermittingTimetableProcess\"");
    as("bob").get("/exports/nepa/" + award + ".json").then().statusCode(404);
  }

  @Test
  void aDeniedPermitBlocksItsMilestoneAndTheProgramOfficerDecides() {
    long[] ids = activeAwardWithMilestoneOnPermit(opportunity, "Denied permit project");
    long award = ids[0];
    long mining = ids[1];
    assertThat(
            AwardApiIT.award("alice", award)
                .getList("milestones[0].blockedByPermitIds", Long.class))
        .containsExactly(mining);
    patch(
            "pat",
            mining,
            Map.of(
                "status",
                "DENIED",
                "reason",
                "Reclamation plan refused.",
                "reasonCategory",
                "NEW_INFORMATION"))
        .then()
        .statusCode(200);
    await()
        .atMost(20, SECONDS)
        .until(() -> taskFor("olivia", "DECIDE_DENIED_PERMIT", mining) != null);
    work(
        "olivia",
        "DECIDE_DENIED_PERMIT",
        mining,
        Map.of("decision", "SUSPEND", "reason", "Until a new plan is approved."));
    assertThat(AwardApiIT.award("alice", award).getString("status")).isEqualTo("SUSPENDED");
    assertThat(
            AwardApiIT.award("alice", award)
                .getList("milestones[0].blockedByPermitIds", Long.class))
        .containsExactly(mining);
  }

  @Test
  void aMissedDateIsReportedMonthlyAndEachQuarterTheTimetableIsConfirmed() throws Exception {
    long[] ids = activeAwardWithMilestoneOnPermit(opportunity, "Missed date project");
    long award = ids[0];
    long mining = ids[1];
    String number = AwardApiIT.award("olivia", award).getString("number");
    try (Connection db = Database.connect();
        PreparedStatement s =
            db.prepareStatement("update permit set target_date = ? where id = ?")) {
      s.setDate(1, java.sql.Date.valueOf(Api.today().minusDays(2)));
      s.setLong(2, mining);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    assertThat(permit("pat", mining).getBoolean("missed")).isTrue();
    dueNow("StartEvent_Daily", number);
    await().atMost(60, SECONDS).until(() -> taskFor("pat", "REPORT_MISSED_DATE", mining) != null);
    Response noCategory =
        as("pat")
            .body(
                Map.of(
                    "explanation",
                    "Agency backlog.",
                    "newTargetDate",
                    Api.today().plusDays(60).toString()))
            .post("/tasks/" + taskFor("pat", "REPORT_MISSED_DATE", mining) + "/complete");
    assertThat(noCategory.statusCode()).isEqualTo(422);
    work(
        "pat",
        "REPORT_MISSED_DATE",
        mining,
        Map.of(
            "explanation", "Agency backlog; new date agreed.",
            "newTargetDate", Api.today().plusDays(60).toString(),
            "reasonCategory", "AGENCY_RESOURCES"));
    assertThat(permit("pat", mining).getBoolean("missed")).isFalse();
    assertThat(taskFor("pat", "REPORT_MISSED_DATE", mining)).isNull();

    dueNow("Event_QuarterEnds", number);
    await().atMost(60, SECONDS).until(() -> taskFor("pat", "UPDATE_TIMETABLE", award) != null);
    Response unconfirmed =
        as("pat")
            .body(Map.of("confirmed", false))
            .post("/tasks/" + taskFor("pat", "UPDATE_TIMETABLE", award) + "/complete");
    assertThat(unconfirmed.statusCode()).isEqualTo(422);
    work(
        "pat", "UPDATE_TIMETABLE", award, Map.of("confirmed", true, "notes", "All dates current."));
    assertThat(Api.auditEvents("AWARD:" + award)).contains("TimetableConfirmed");
    assertThat(Api.auditEvents("PERMIT:" + mining))
        .contains("TargetDateMissed", "MissedDateReported");
  }

  /** Makes the permitting process's timer at {@code activity} due now. */
  private static void dueNow(String activity, String awardNumber) throws Exception {
    try (Connection db = Database.connect();
        PreparedStatement s =
            db.prepareStatement(
                "update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_DEF_KEY_ ="
                    + " 'PermittingTimetableProcess' and JOB_DEF_ID_ in"
                    + " (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = ?) and PROCESS_INSTANCE_ID_ in"
                    + " (select ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ?)")) {
      s.setTimestamp(1, new java.sql.Timestamp(System.currentTimeMillis() - 60_000));
      s.setString(2, activity);
      s.setString(3, awardNumber);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
