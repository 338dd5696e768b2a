package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.lodestone.it.Api.accepted;
import static org.lodestone.it.Api.as;
import static org.lodestone.it.Api.scores;
import static org.lodestone.it.Api.taskFor;
import static org.lodestone.it.Api.work;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
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
 * Integrity under concurrency and the completeness of the record: one lock order for two people
 * acting on one application, audit verification while others write, what a reviewer may read before
 * declaring, and audit events that keep every changed field.
 */
class IntegrityIT extends DeployedEar {

  private static long opportunity;

  @BeforeAll
  static void opportunity() {
    opportunity = Api.opportunity("Integrity test opportunity", "300000000.00");
  }

  /** Runs the calls at the same moment and returns their answers. */
  private static List<Response> race(List<Callable<Response>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> futures = new ArrayList<>();
    for (Callable<Response> call : calls) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return call.call();
              }));
    }
    start.countDown();
    List<Response> answers = new ArrayList<>();
    for (Future<Response> f : futures) {
      answers.add(f.get());
    }
    pool.shutdown();
    return answers;
  }

  @Test
  void aLastScoreAndTheNepaClassRecordedAtTheSameMomentNeverDeadlockOrFail() throws Exception {
    for (int round = 0; round < 3; round++) {
      long id = accepted(opportunity, "Lock order project " + round);
      work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rita", "ravi")));
      work("rita", "DECLARE_CONFLICT", id, Map.of("conflict", false));
      work("ravi", "DECLARE_CONFLICT", id, Map.of("conflict", false));
      work(
          "ravi",
          "SCORE_APPLICATION",
          id,
          Map.of("scores", scores(4, 4, 4, 4), "comments", "Sound."));
      String score = taskFor("rita", "SCORE_APPLICATION", id);
      String nepa = taskFor("pat", "ENVIRONMENTAL_SCREENING", id);

      List<Response> answers =
          race(
              List.of(
                  () ->
                      as("rita")
                          .body(Map.of("scores", scores(4, 5, 4, 4), "comments", "Strong."))
                          .post("/tasks/" + score + "/complete"),
                  () ->
                      as("pat")
                          .body(Map.of("nepaClass", "EA", "notes", "Per the permits listed."))
                          .post("/tasks/" + nepa + "/complete")));

      for (Response answer : answers) {
        assertThat(answer.statusCode()).as(answer.asString()).isIn(204, 409);
      }
      // whatever lost the race can be done again; afterwards both are recorded
      if (taskFor("rita", "SCORE_APPLICATION", id) != null) {
        work(
            "rita",
            "SCORE_APPLICATION",
            id,
            Map.of("scores", scores(4, 5, 4, 4), "comments", "Strong."));
      }
      if (taskFor("pat", "ENVIRONMENTAL_SCREENING", id) != null) {
        work("pat", "ENVIRONMENTAL_SCREENING", id, Map.of("nepaClass", "EA"));
      }
      JsonPath reviews =
          as("olivia").get("/applications/" + id + "/reviews").then().extract().jsonPath();
      assertThat(reviews.getList("reviews.findAll { it.submitted }")).hasSize(2);
      assertThat(
              as("sam")
                  .get("/opportunities/" + opportunity + "/slate")
                  .then()
                  .extract()
                  .jsonPath()
                  .getString("items.find { it.applicationId == " + id + " }.nepaClass"))
          .isEqualTo("EA");
    }
  }

  @Test
  void verificationDuringConcurrentWritesReportsAnIntactChain() throws Exception {
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<Integer>> created = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String title = "Concurrent draft " + i;
      String user = i % 2 == 0 ? "alice" : "adam";
      created.add(
          writers.submit(
              () ->
                  as(user)
                      .body(Map.of("opportunityId", opportunity, "title", title))
                      .post("/applications")
                      .statusCode()));
    }
    List<Boolean> verdicts = new ArrayList<>();
    while (created.stream().anyMatch(f -> !f.isDone())) {
      verdicts.add(
          as("audrey").get("/audit/verification").then().extract().jsonPath().getBoolean("valid"));
    }
    writers.shutdown();
    for (Future<Integer> f : created) {
      assertThat(f.get()).isEqualTo(201);
    }
    verdicts.add(
        as("audrey").get("/audit/verification").then().extract().jsonPath().getBoolean("valid"));
    assertThat(verdicts).isNotEmpty().containsOnly(true);
  }

  @Test
  void beforeDeclaringAReviewerSeesOnlyWhatTheDeclarationNeeds() {
    long id = accepted(opportunity, "Declaration first project");
    work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rita", "ravi")));
    long attachment = Api.firstDocument(id);

    as("ravi")
        .get("/applications/" + id)
        .then()
        .statusCode(200)
        .body("access", equalTo("DECLARATION"))
        .body("organization", equalTo("Great Basin Lithium, Inc."))
        .body("title", equalTo("Declaration first project"))
        .body("owners.size()", org.hamcrest.Matchers.greaterThan(0))
        .body("attachments", nullValue())
        .body("federalAmountRequested", nullValue());
    as("ravi").get("/applications/" + id + "/attachments").then().statusCode(403);
    as("ravi").get("/applications/" + id + "/attachments/" + attachment).then().statusCode(403);

    work("ravi", "DECLARE_CONFLICT", id, Map.of("conflict", false));
    as("ravi")
        .get("/applications/" + id)
        .then()
        .statusCode(200)
        .body("federalAmountRequested", equalTo("25000000.00"))
        .body("attachments.size()", equalTo(2));
    as("ravi").get("/applications/" + id + "/attachments/" + attachment).then().statusCode(200);
    List<String> events = Api.auditEvents("APPLICATION:" + id);
    assertThat(events).contains("DocumentDownloaded");
  }

  @Test
  void aRevisionAndAnOwnershipChangeKeepEveryChangedFieldBeforeAndAfter() {
    Map<String, Object> body = Api.complete("Audit detail project");
    long id = Api.draft("alice", body);
    body.put("title", "Audit detail project, revised");
    body.put("jobsCreated", 155);
    body.put(
        "version",
        as("alice").get("/applications/" + id).then().extract().jsonPath().getLong("version"));
    as("alice").body(body).put("/applications/" + id).then().statusCode(200);

    JsonPath revised =
        as("audrey").get("/audit/events?subject=APPLICATION:" + id).then().extract().jsonPath();
    String data = revised.getString("find { it.event == 'ApplicationRevised' }.data");
    assertThat(data)
        .contains("\"field\":\"title\"")
        .contains("\"before\":\"Audit detail project\"")
        .contains("\"after\":\"Audit detail project, revised\"")
        .contains("\"field\":\"jobsCreated\"")
        .contains("\"before\":\"140\"")
        .contains("\"after\":\"155\"");

    JsonPath org = as("bob").get("/organizations/me").then().extract().jsonPath();
    List<Map<String, Object>> owners = new ArrayList<>();
    for (Map<String, Object> owner : org.<Map<String, Object>>getList("owners")) {
      owners.add(new java.util.HashMap<>(owner));
    }
    String renamed = (String) owners.get(0).get("name");
    owners.get(0).put("name", "Ridge Minerals Fund LP");
    Map<String, Object> profile = new java.util.HashMap<>();
    profile.put("legalName", org.getString("legalName"));
    profile.put("uei", org.getString("uei"));
    profile.put("address", org.getMap("address"));
    profile.put("country", org.getString("country"));
    profile.put("owners", owners);
    profile.put("version", org.getLong("version"));
    JsonPath saved =
        as("bob")
            .body(profile)
            .put("/organizations/me")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    owners.get(0).put("name", renamed);
    profile.put("version", saved.getLong("version"));
    as("bob").body(profile).put("/organizations/me").then().statusCode(200);
    String change =
        as("audrey")
            .get("/audit/events?subject=ORGANIZATION:" + org.getLong("id"))
            .then()
            .extract()
            .jsonPath()
            .getString("find { it.event == 'OrganizationProfileChanged' }.data");
    assertThat(change).contains("\"field\":\"owners\"").contains("Ridge Minerals Fund LP");
  }
}
