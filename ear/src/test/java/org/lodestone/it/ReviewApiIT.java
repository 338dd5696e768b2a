package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.lodestone.it.Api.accepted;
import static org.lodestone.it.Api.as;
import static org.lodestone.it.Api.scores;
import static org.lodestone.it.Api.taskFor;
import static org.lodestone.it.Api.work;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Merit review and selection through the API as the demo users: assignment, conflicts, independent
 * scores, consensus, screening, selection within the funds, and every refusal.
 */
class ReviewApiIT extends DeployedEar {

  private static long opportunity;

  @BeforeAll
  static void opportunity() {
    opportunity = Api.opportunity("Merit review test opportunity", "200000000.00");
  }

  private static JsonPath reviews(String user, long id) {
    return as(user)
        .get("/applications/" + id + "/reviews")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aWholeReviewEndsInASelectionThatTheApplicantThenSeesWithTheFeedback() {
    long id = accepted(opportunity, "Whole review brine project");
    assertThat(
            as("olivia")
                .get("/applications/" + id + "/reviewer-candidates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("username", String.class))
        .contains("rita", "ravi", "rosa");
    work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rita", "ravi")));
    as("rita").get("/applications/" + id).then().statusCode(200);
    as("rosa").get("/applications/" + id).then().statusCode(404);

    work("rita", "DECLARE_CONFLICT", id, Map.of("conflict", false));
    as("rita")
        .body(
            Map.of(
                "scores",
                Map.of(
                    "TECHNICAL_MERIT",
                    6,
                    "SUPPLY_CHAIN_IMPACT",
                    4,
                    "TEAM_AND_RESOURCES",
                    3,
                    "PRICE",
                    5)))
        .post("/tasks/" + taskFor("rita", "SCORE_APPLICATION", id) + "/complete")
        .then()
        .statusCode(422)
        .body(
            "violations.field",
            equalTo(
                List.of(
                    "scores.TECHNICAL_MERIT",
                    "scores.COMMUNITY_BENEFITS",
                    "scores.PRICE",
                    "comments")));
    work(
        "rita",
        "SCORE_APPLICATION",
        id,
        Map.of("scores", scores(4, 5, 3, 2), "comments", "Strong supply-chain case."));
    JsonPath ritaSees = reviews("rita", id);
    assertThat(ritaSees.getList("reviews.reviewer")).containsExactly("rita");
    assertThat(ritaSees.getString("reviews[0].weightedTotal")).isEqualTo("78.0");

    work("ravi", "DECLARE_CONFLICT", id, Map.of("conflict", false));
    JsonPath raviBefore = reviews("ravi", id);
    assertThat(raviBefore.getList("reviews.reviewer")).containsExactly("ravi");
    assertThat(raviBefore.getMap("reviews[0].scores")).isNull();
    work(
        "ravi",
        "SCORE_APPLICATION",
        id,
        Map.of("scores", scores(4, 4, 4, 4), "comments", "Pilot data is convincing."));
    JsonPath raviAfter = reviews("ravi", id);
    assertThat(raviAfter.getList("reviews.reviewer")).containsExactly("rita", "ravi");
    assertThat(raviAfter.getString("consensus.score")).isEqualTo("79.0");
    assertThat(raviAfter.getString("consensus.spread")).isEqualTo("2.0");

    JsonPath applicantBefore = reviews("alice", id);
    assertThat(applicantBefore.getList("reviews")).isEmpty();
    assertThat(applicantBefore.getMap("consensus")).isNull();

    work("pat", "ENVIRONMENTAL_SCREENING", id, Map.of("nepaClass", "CATEX"));
    as("olivia")
        .body(Map.of("rating", "HIGH"))
        .post("/tasks/" + taskFor("olivia", "RISK_REVIEW", id) + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("notes"));
    work("olivia", "RISK_REVIEW", id, Map.of("rating", "LOW"));

    as("sam")
        .get("/opportunities/" + opportunity + "/slate")
        .then()
        .statusCode(200)
        .body("items.number", hasItem(Api.application("alice", id).getString("number")));
    as("sam")
        .body(Map.of("decision", "SELECT"))
        .post("/tasks/" + taskFor("sam", "SELECT_APPLICATION", id) + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("justification"));
    work(
        "sam",
        "SELECT_APPLICATION",
        id,
        Map.of("decision", "SELECT", "justification", "Ranks first; well within the funds."));

    assertThat(Api.application("alice", id).getString("status")).isEqualTo("SELECTED");
    JsonPath applicantAfter = reviews("alice", id);
    assertThat(applicantAfter.getString("decision")).isEqualTo("SELECT");
    assertThat(applicantAfter.getString("consensus.score")).isEqualTo("79.0");
    assertThat(applicantAfter.getList("reviews.reviewer"))
        .containsExactly("Reviewer 1", "Reviewer 2");
    assertThat(applicantAfter.getList("reviews.comments")).contains("Strong supply-chain case.");
    as("alice")
        .get("/notifications")
        .then()
        .statusCode(200)
        .body("items.findAll { it.subject.id == " + id + " }.kind", hasItem("DECISION"));
  }

  @Test
  void assignmentRefusesTheWrongNumberNonReviewersAndDuplicates() {
    long id = accepted(opportunity, "Assignment refusals project");
    String task = taskFor("olivia", "ASSIGN_REVIEWERS", id);

    as("olivia")
        .body(Map.of("reviewers", List.of("rita")))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].message", containsString("exactly 2"));
    as("olivia")
        .body(Map.of("reviewers", List.of("rita", "alice")))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("reviewers[1]"))
        .body("violations[0].message", containsString("not an active reviewer"));
    as("olivia")
        .body(Map.of("reviewers", List.of("rita", "rita")))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].message", containsString("listed twice"));
    as("olivia").body(Map.of()).post("/tasks/" + task + "/complete").then().statusCode(422);

    assertThat(taskFor("olivia", "ASSIGN_REVIEWERS", id)).isEqualTo(task);
    assertThat(reviews("olivia", id).getList("reviews")).isEmpty();
  }

  @Test
  void aDeclaredConflictRemovesTheReviewerAndAProgramOfficerAssignsAReplacement() {
    long id = accepted(opportunity, "Conflict of interest project");
    work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rita", "rosa")));

    as("rosa")
        .body(Map.of("conflict", true))
        .post("/tasks/" + taskFor("rosa", "DECLARE_CONFLICT", id) + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("explanation"));
    work(
        "rosa",
        "DECLARE_CONFLICT",
        id,
        Map.of("conflict", true, "explanation", "My spouse works for the applicant."));

    as("rosa").get("/applications/" + id).then().statusCode(404);
    String replacement = taskFor("olivia", "ASSIGN_REVIEWERS", id);
    assertThat(replacement).isNotNull();
    as("olivia")
        .body(Map.of("reviewers", List.of("rosa")))
        .post("/tasks/" + replacement + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].message", containsString("already been assigned"));
    work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("ravi")));

    assertThat(taskFor("ravi", "DECLARE_CONFLICT", id)).isNotNull();
    JsonPath board =
        as("olivia")
            .get("/opportunities/" + opportunity + "/review-board")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(board.getList("find { it.applicationId == " + id + " }.reviewers.status"))
        .containsExactly("ASSIGNED", "CONFLICTED", "ASSIGNED");
    as("olivia")
        .get("/notifications")
        .then()
        .body("items.findAll { it.subject.id == " + id + " }.kind", hasItem("CONFLICT"));
  }

  @Test
  void nobodyActsOnOrReadsAReviewThatIsNotTheirs() {
    long id = accepted(opportunity, "Not your review project");
    work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rita", "ravi")));
    String ravis = taskFor("ravi", "DECLARE_CONFLICT", id);

    as("rita")
        .body(Map.of("conflict", false))
        .post("/tasks/" + ravis + "/complete")
        .then()
        .statusCode(404);
    as("rosa").get("/applications/" + id + "/reviews").then().statusCode(404);
    as("bob").get("/applications/" + id + "/reviews").then().statusCode(404);
    as("alice").get("/opportunities/" + opportunity + "/slate").then().statusCode(403);
    as("rita").get("/opportunities/" + opportunity + "/review-board").then().statusCode(403);
    as("alice").get("/applications/" + id + "/reviewer-candidates").then().statusCode(403);
  }

  @Test
  void widelySpreadScoresAreReconciledByAProgramOfficerWithARationale() {
    long id = accepted(opportunity, "Disagreement project");
    Api.reviewed(id, scores(5, 5, 5, 5), scores(2, 2, 2, 2));

    assertThat(reviews("olivia", id).getBoolean("consensus.reconciliationNeeded")).isTrue();
    String task = taskFor("olivia", "RECONCILE_SCORES", id);
    as("olivia")
        .body(Map.of("consensusScore", "70"))
        .post("/tasks/" + task + "/complete")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("rationale"));
    work(
        "olivia",
        "RECONCILE_SCORES",
        id,
        Map.of("consensusScore", "70.5", "rationale", "Panel call: the pilot data settles it."));

    JsonPath after = reviews("olivia", id);
    assertThat(after.getString("consensus.score")).isEqualTo("70.5");
    assertThat(after.getString("consensus.spread")).isEqualTo("60.0");
    assertThat(after.getString("consensus.rationale")).contains("Panel call");
  }

  @Test
  void twoSelectionsAtTheSameMomentNeverCommitMoreThanTheFunds() throws Exception {
    long small = Api.opportunity("Forty million opportunity", "40000000.00");
    long first = accepted(small, "Race project one");
    long second = accepted(small, "Race project two");
    Api.readyForSelection(first);
    Api.readyForSelection(second);
    String firstTask = taskFor("sam", "SELECT_APPLICATION", first);
    String secondTask = taskFor("sam", "SELECT_APPLICATION", second);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> results =
        List.of(firstTask, secondTask).stream()
            .map(
                task ->
                    pool.submit(
                        () -> {
                          start.await();
                          return as("sam")
                              .body(Map.of("decision", "SELECT", "justification", "Fits."))
                              .post("/tasks/" + task + "/complete");
                        }))
            .toList();
    start.countDown();
    List<Integer> statuses = new java.util.ArrayList<>();
    String refusal = null;
    for (Future<Response> result : results) {
      Response response = result.get();
      statuses.add(response.statusCode());
      if (response.statusCode() == 422) {
        refusal = response.jsonPath().getString("violations[0].message");
      }
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(204, 422);
    assertThat(refusal).contains("by $10,000,000.00");
    as("sam")
        .get("/opportunities/" + small + "/slate")
        .then()
        .body("selectedAmount", equalTo("25000000.00"))
        .body("remaining", equalTo("15000000.00"));
    long loser = statuses.get(0) == 422 ? first : second;
    work(
        "sam",
        "SELECT_APPLICATION",
        loser,
        Map.of("decision", "DECLINE", "justification", "The funds are committed."));
    assertThat(Api.application("alice", loser).getString("status")).isEqualTo("DECLINED");
    assertThat(taskFor("sam", "SELECT_APPLICATION", first)).isNull();
    assertThat(taskFor("sam", "SELECT_APPLICATION", second)).isNull();
  }
}
