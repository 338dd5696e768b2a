package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.lodestone.it.Api.accepted;
import static org.lodestone.it.Api.as;
import static org.lodestone.it.Api.taskFor;
import static org.lodestone.it.Api.work;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Review deadlines on the running server: with a review period of seconds (set as an operator
 * would, through the management API), the job executor reminds the reviewer, escalates the review
 * to the program officers, removes the reviewer, and a replacement is assigned.
 */
class ReviewDeadlineIT extends DeployedEar {

  @Test
  void aMissedDeadlineRemindsEscalatesAndLetsTheProgramOfficerReassign() {
    long opportunity = Api.opportunity("Deadline test opportunity", "200000000.00");
    long id = accepted(opportunity, "Deadline project");
    ServerConfig server = new ServerConfig();
    server.systemProperty("lodestone.review.period", "PT20S");
    server.systemProperty("lodestone.review.reminder-lead", "PT18S");
    try {
      work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rita", "ravi")));
    } finally {
      server.removeSystemProperty("lodestone.review.period");
      server.removeSystemProperty("lodestone.review.reminder-lead");
    }
    work("rita", "DECLARE_CONFLICT", id, Map.of("conflict", false));
    String scoring = taskFor("rita", "SCORE_APPLICATION", id);

    await(() -> notifications("rita", id).contains("REMINDER"));
    assertThat(taskFor("rita", "SCORE_APPLICATION", id)).isEqualTo(scoring);
    await(() -> taskFor("rita", "SCORE_APPLICATION", id) == null);

    as("rita")
        .body(Map.of("scores", Api.scores(4, 4, 4, 4), "comments", "Too late."))
        .post("/tasks/" + scoring + "/complete")
        .then()
        .statusCode(409)
        .body("detail", containsString("deadline passed"));
    as("rita").get("/applications/" + id).then().statusCode(404);
    await(() -> taskFor("ravi", "DECLARE_CONFLICT", id) == null);
    assertThat(notifications("rita", id)).contains("ASSIGNMENT", "REMINDER", "ESCALATION");
    assertThat(notifications("olivia", id)).contains("ESCALATION");
    assertThat(
            as("olivia")
                .get("/opportunities/" + opportunity + "/review-board")
                .then()
                .extract()
                .jsonPath()
                .getList("find { it.applicationId == " + id + " }.reviewers.status"))
        .containsExactly("REMOVED", "REMOVED");

    assertThat(
            as("olivia")
                .get("/applications/" + id + "/reviewer-candidates")
                .then()
                .extract()
                .jsonPath()
                .getList("username", String.class))
        .containsExactly("rosa");
    work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rosa")));
    assertThat(taskFor("rosa", "DECLARE_CONFLICT", id)).isNotNull();
  }

  private static List<String> notifications(String user, long id) {
    return as(user)
        .get("/notifications?size=100")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.findAll { it.subject.id == " + id + " }.kind");
  }

  /** Waits for the job executor to act on a deadline of seconds. */
  private static void await(Callable<Boolean> condition) {
    Awaitility.await().atMost(Duration.ofSeconds(90)).until(condition);
  }
}
