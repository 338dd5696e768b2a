package org.lodestone.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.lodestone.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The intake slice through the REST API of the deployed EAR, as the demo users. */
class IntakeApiIT extends DeployedEar {

  @Test
  void applicantSubmitsAndProgramOfficerAcceptsForMeritReview() {
    JsonPath created =
        as("alice")
            .body(Api.complete("Clayton Valley lithium brine"))
            .post("/applications")
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .body("number", matchesPattern("APP-\\d{4}-\\d{6}"))
            .body("federalAmountRequested", equalTo("25000000.00"))
            .extract()
            .jsonPath();
    long id = created.getLong("id");
    Api.attachRequired("alice", id);

    as("alice")
        .post("/applications/" + id + "/submit")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"));
    String task = Api.taskFor("olivia", "SCREEN_APPLICATION", id);
    assertThat(task).as("screening task in a program officer's inbox").isNotNull();
    assertThat(Api.taskFor("oscar", "SCREEN_APPLICATION", id))
        .as("any program officer may take it")
        .isEqualTo(task);
    Api.decide("olivia", task, Map.of("decision", "ACCEPT"));

    JsonPath accepted = Api.application("alice", id);
    assertThat(accepted.getString("status")).isEqualTo("IN_REVIEW");
    assertThat(accepted.getList("history.event"))
        .containsExactly(
            "ApplicationDrafted",
            "DocumentAttached",
            "DocumentAttached",
            "ApplicationSubmitted",
            "ApplicationEligible",
            "ApplicationAccepted");
    assertThat(accepted.getList("history.actor"))
        .containsExactly("alice", "alice", "alice", "alice", "alice", "olivia");
    assertThat(accepted.getBoolean("eligibility.eligible")).isTrue();
    assertThat(accepted.getString("costSharePercent")).isEqualTo("50.00");
    assertThat(accepted.getList("attachments.kind"))
        .containsExactly("TECHNICAL_VOLUME", "BUDGET_JUSTIFICATION");
    assertThat(accepted.getBoolean("eligibility.eligible")).isTrue();
    assertThat(accepted.getString("costSharePercent")).isEqualTo("50.00");
    assertThat(accepted.getList("attachments.kind"))
        .containsExactly("TECHNICAL_VOLUME", "BUDGET_JUSTIFICATION");
    assertThat(Api.taskFor("olivia", "SCREEN_APPLICATION", id)).as("task gone once done").isNull();
  }

  @Test
  void returnedApplicationIsCorrectedByAColleagueResubmittedAndRejected() {
    long id = Api.ready("alice", "Tonopah nickel flotation");
    as("alice").post("/applications/" + id + "/submit").then().statusCode(200);
    String screen = Api.taskFor("olivia", "SCREEN_APPLICATION", id);
    Api.decide(
        "olivia",
        screen,
        Map.of("decision", "RETURN", "reason", "Attach the budget justification."));

    JsonPath returned = Api.application("adam", id);
    assertThat(returned.getString("status")).isEqualTo("RETURNED");
    assertThat(returned.getString("statusReason")).isEqualTo("Attach the budget justification.");
    assertThat(Api.taskFor("adam", "CORRECT_APPLICATION", id))
        .as("any member of the organization")
        .isNotNull();
    assertThat(Api.taskFor("bob", "CORRECT_APPLICATION", id))
        .as("never another organization")
        .isNull();
    String correction = Api.taskFor("alice", "CORRECT_APPLICATION", id);
    as("alice")
        .body(Map.of())
        .post("/tasks/" + correction + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].message", containsString("resubmitting"));

    as("adam")
        .body(revised(returned.getLong("version")))
        .put("/applications/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Tonopah nickel flotation, phase 1"));
    as("adam")
        .post("/applications/" + id + "/submit")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"));
    assertThat(Api.taskFor("alice", "CORRECT_APPLICATION", id)).isNull();

    String again = Api.taskFor("oscar", "SCREEN_APPLICATION", id);
    Api.decide(
        "oscar",
        again,
        Map.of("decision", "REJECT", "reason", "Nickel sulfide is outside this topic area."));
    JsonPath rejected = Api.application("alice", id);
    assertThat(rejected.getString("status")).isEqualTo("INELIGIBLE");
    assertThat(rejected.getList("history.event"))
        .containsExactly(
            "ApplicationDrafted",
            "DocumentAttached",
            "DocumentAttached",
            "ApplicationSubmitted",
            "ApplicationEligible",
            "ApplicationReturned",
            "ApplicationRevised",
            "ApplicationResubmitted",
            "ApplicationEligible",
            "ApplicationRejected");
  }

  private static Map<String, Object> revised(long version) {
    Map<String, Object> body = Api.complete("Tonopah nickel flotation, phase 1");
    body.put("version", version);
    return body;
  }

  @Test
  void submittingAnIncompleteDraftListsEveryMissingFieldAndKeepsTheDraft() {
    long id = Api.draft("alice", Map.of("opportunityId", 1, "title", "Unfinished draft"));

    as("alice")
        .post("/applications/" + id + "/submit")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("status", equalTo(422))
        .body(
            "violations.field",
            hasItems(
                "summary",
                "federalAmountRequested",
                "topicArea",
                "minerals",
                "site.state",
                "budget",
                "attachments",
                "ownershipCertified"));

    JsonPath kept = Api.application("alice", id);
    assertThat(kept.getString("status")).isEqualTo("DRAFT");
    assertThat(kept.getString("title")).isEqualTo("Unfinished draft");
  }

  @Test
  void badFieldsAreRefusedByFieldAndNothingSavedIsLost() {
    long id = Api.draft("alice", Api.complete("Kept title"));
    long version = Api.application("alice", id).getLong("version");

    as("alice")
        .body(Map.of("title", "x".repeat(201), "federalAmountRequested", "-5", "version", version))
        .put("/applications/" + id)
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("title", "federalAmountRequested"));
    as("alice")
        .body(Map.of("federalAmountRequested", "10.005", "version", version))
        .put("/applications/" + id)
        .then()
        .statusCode(422)
        .body("violations[0].message", containsString("cents"));
    assertThat(Api.application("alice", id).getString("title")).isEqualTo("Kept title");

    as("alice")
        .body("{\"title\": ")
        .put("/applications/" + id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as("alice")
        .body(Map.of("opportunityId", 999999, "title", "t"))
        .post("/applications")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("opportunityId"));
    as("alice")
        .body(Map.of("title", "no version"))
        .put("/applications/" + id)
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("version"));
    as("alice")
        .get("/applications?status=NOPE")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("status"));
  }

  @Test
  void staleVersionsAndRepeatedSubmissionsAreConflicts() {
    long id = Api.draft("alice", Api.complete("Conflict test"));
    as("alice")
        .body(Map.of("title", "first edit", "version", 0))
        .put("/applications/" + id)
        .then()
        .statusCode(200);
    as("adam")
        .body(Map.of("title", "stale edit", "version", 0))
        .put("/applications/" + id)
        .then()
        .statusCode(409)
        .body("detail", containsString("version"));
    assertThat(Api.application("alice", id).getString("title")).isEqualTo("first edit");

    Map<String, Object> body = Api.complete("Conflict test");
    body.put("version", 1);
    as("alice").body(body).put("/applications/" + id).then().statusCode(200);
    Api.attachRequired("alice", id);
    as("alice").post("/applications/" + id + "/submit").then().statusCode(200);
    as("alice").post("/applications/" + id + "/submit").then().statusCode(409);
    as("alice")
        .body(Map.of("title", "after submit", "version", 2))
        .put("/applications/" + id)
        .then()
        .statusCode(409);
  }

  @Test
  void anotherOrganizationsApplicationAnswersAsUnknown() {
    long id = Api.draft("alice", Api.complete("Great Basin confidential"));

    as("bob").get("/applications/" + id).then().statusCode(404).body("title", equalTo("Not Found"));
    as("bob")
        .body(Map.of("title", "hijack", "version", 0))
        .put("/applications/" + id)
        .then()
        .statusCode(404);
    as("bob").post("/applications/" + id + "/submit").then().statusCode(404);
    as("alice").get("/applications/987654321").then().statusCode(404);
    List<Integer> bobs =
        as("bob")
            .get("/applications?size=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(bobs).doesNotContain((int) id);
    List<Integer> alices =
        as("adam")
            .get("/applications?size=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.organizationId");
    assertThat(alices).isNotEmpty().containsOnly(1);
    as("rita").get("/applications/" + id).then().statusCode(404);
    as("olivia").get("/applications/" + id).then().statusCode(200);
  }

  @Test
  void rolesAndCredentialsAreEnforced() {
    given()
        .baseUri(Api.BASE)
        .get("/applications")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Basic"))
        .header("WWW-Authenticate", containsString("Bearer"))
        .contentType("application/problem+json");
    given()
        .baseUri(Api.BASE)
        .auth()
        .preemptive()
        .basic("alice", "wrong")
        .get("/applications")
        .then()
        .statusCode(401);
    as("olivia")
        .body(Api.complete("not an applicant"))
        .post("/applications")
        .then()
        .statusCode(403);
    as("alice").get("/audit/verification").then().statusCode(403);

    long id = Api.ready("alice", "Role test");
    as("alice").post("/applications/" + id + "/submit").then().statusCode(200);
    String task = Api.taskFor("olivia", "SCREEN_APPLICATION", id);
    as("alice")
        .body(Map.of("decision", "ACCEPT"))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(404);
    as("rita")
        .body(Map.of("decision", "ACCEPT"))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(404);
    as("olivia")
        .body(Map.of("decision", "MAYBE"))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("decision"));
    as("olivia")
        .body(Map.of("decision", "REJECT"))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("reason"));
    Api.decide("olivia", task, Map.of("decision", "ACCEPT"));
    as("oscar")
        .body(Map.of("decision", "ACCEPT"))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(409);
    as("olivia")
        .body(Map.of("decision", "ACCEPT"))
        .post("/tasks/not-a-task/complete")
        .then()
        .statusCode(404);
  }

  @Test
  void referenceDataAndTheCallersOrganization() {
    as("bob")
        .get("/minerals")
        .then()
        .statusCode(200)
        .body("code", hasItems("LITHIUM", "METALLURGICAL_COAL", "GALLIUM"));
    as("bob")
        .get("/opportunities?q=DE-FOA")
        .then()
        .statusCode(200)
        .body("items.number", hasItems("DE-FOA-0003401", "DE-FOA-0003404"))
        .body("items.open", hasItems(true))
        .body("page", equalTo(0))
        .body("size", equalTo(20));
    as("alice")
        .get("/organizations/me")
        .then()
        .statusCode(200)
        .body("legalName", equalTo("Great Basin Lithium, Inc."))
        .body("feocStatus", equalTo("CLEAR"));
    as("olivia").get("/organizations/me").then().statusCode(403);
    as("admin")
        .body(Map.of("code", "HELIUM", "name", "Helium"))
        .post("/minerals")
        .then()
        .statusCode(201);
    as("bob").get("/minerals").then().body("code", hasItems("HELIUM"));
    as("admin")
        .body(Map.of("code", "HELIUM", "name", "Helium"))
        .post("/minerals")
        .then()
        .statusCode(409);
    as("admin")
        .body(Map.of("code", "he lium", "name", ""))
        .post("/minerals")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("code", "name"));
    as("olivia")
        .body(Map.of("code", "ARGON", "name", "Argon"))
        .post("/minerals")
        .then()
        .statusCode(403);
  }
}
