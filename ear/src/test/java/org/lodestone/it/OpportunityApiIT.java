package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.lodestone.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Program officers run funding opportunities; applicants find the published ones. */
class OpportunityApiIT extends DeployedEar {

  private static Map<String, Object> terms(String title, String funds) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("instrument", "GRANT");
    body.put("topicAreas", List.of("RECYCLING_RECOVERY"));
    body.put("eligibleMinerals", List.of("GALLIUM", "GERMANIUM"));
    body.put("fundsAvailable", funds);
    body.put("minAward", "1000000.00");
    body.put("maxAward", "20000000.00");
    body.put("minCostSharePercent", "20");
    body.put("opensOn", Api.today().minusDays(1).toString());
    body.put("closesOn", Api.today().plusDays(30).toString());
    body.put(
        "criteria",
        List.of(
            Map.of("code", "MERIT", "name", "Technical merit", "weight", 70),
            Map.of("code", "IMPACT", "name", "Supply-chain impact", "weight", 30)));
    body.put("reviewersPerApplication", 2);
    return body;
  }

  @Test
  void aDraftIsRevisedPublishedFoundByApplicantsAndClosed() {
    JsonPath draft =
        as("olivia")
            .body(terms("Gallium and germanium recovery from zinc residues", "300000000.00"))
            .post("/opportunities")
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .body("number", matchesPattern("FOA-\\d{4}-\\d{6}"))
            .extract()
            .jsonPath();
    long id = draft.getLong("id");
    as("alice").get("/opportunities/" + id).then().statusCode(404);
    assertThat(
            as("alice")
                .get("/opportunities")
                .then()
                .extract()
                .jsonPath()
                .getList("items.id", Long.class))
        .doesNotContain(id);

    Map<String, Object> revised = terms("Gallium and germanium recovery", "250000000.00");
    revised.put("version", draft.getLong("version"));
    as("olivia")
        .body(revised)
        .put("/opportunities/" + id)
        .then()
        .statusCode(200)
        .body("fundsAvailable", equalTo("250000000.00"));
    as("oscar").body(revised).put("/opportunities/" + id).then().statusCode(409);

    as("olivia")
        .post("/opportunities/" + id + "/publish")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("open", equalTo(true));
    Map<String, Object> late = terms("Changed after publishing", "1000000000.00");
    late.put("version", draft.getLong("version") + 2);
    as("olivia")
        .body(late)
        .put("/opportunities/" + id)
        .then()
        .statusCode(409)
        .body("detail", containsString("can no longer change"));

    List<Long> gallium =
        as("alice")
            .get("/opportunities?mineral=GALLIUM&topicArea=RECYCLING_RECOVERY&open=true")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    assertThat(gallium).contains(id);
    List<Long> lithium =
        as("alice")
            .get("/opportunities?mineral=LITHIUM")
            .then()
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    assertThat(lithium).doesNotContain(id);
    List<Long> soon =
        as("alice")
            .get("/opportunities?closesBy=" + Api.today().plusDays(10))
            .then()
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    assertThat(soon).doesNotContain(id);
    as("alice").get("/opportunities?q=germanium").then().body("items.id", hasItems((int) id));

    as("olivia")
        .post("/opportunities/" + id + "/close")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("open", equalTo(false));
    as("olivia").post("/opportunities/" + id + "/close").then().statusCode(409);

    Map<String, Object> application = Api.complete("Too late");
    application.put("opportunityId", id);
    long applicationId = Api.draft("alice", application);
    Api.attachRequired("alice", applicationId);
    as("alice")
        .post("/applications/" + applicationId + "/submit")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("opportunityId"));
  }

  @Test
  void theProgramsAuthorityCapsTheSumOfAllOpportunities() {
    as("olivia")
        .body(terms("Everything at once", "12000000000.00"))
        .post("/opportunities")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("fundsAvailable"))
        .body("violations[0].message", containsString("remaining authority"));
  }

  @Test
  void badTermsAreListedByFieldAndOnlyProgramOfficersWrite() {
    Map<String, Object> bad = terms("Bad", "100000000.00");
    bad.put("instrument", "GIFT");
    as("olivia")
        .body(bad)
        .post("/opportunities")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("instrument"));
    bad.put("instrument", "LOAN");
    bad.put("criteria", List.of(Map.of("code", "MERIT", "name", "Merit", "weight", 90)));
    bad.put("minAward", "50000000.00");
    bad.put("closesOn", Api.today().minusDays(5).toString());
    as("olivia")
        .body(bad)
        .post("/opportunities")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("criteria", "minAward", "closesOn"));
    as("alice")
        .body(terms("Not mine to write", "1000000.00"))
        .post("/opportunities")
        .then()
        .statusCode(403);
    as("alice").post("/opportunities/1/close").then().statusCode(403);
  }
}
