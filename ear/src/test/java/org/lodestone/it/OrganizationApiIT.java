package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.lodestone.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An applicant keeps its organization's profile; ownership from a covered nation makes it
 * ineligible.
 */
class OrganizationApiIT extends DeployedEar {

  private static Map<String, Object> profile(JsonPath current, List<Map<String, Object>> owners) {
    Map<String, Object> body = new HashMap<>();
    body.put("legalName", current.getString("legalName"));
    body.put("uei", current.getString("uei"));
    body.put("address", current.getMap("address"));
    body.put("country", current.getString("country"));
    body.put("owners", owners);
    body.put("version", current.getLong("version"));
    return body;
  }

  private static JsonPath mine(String user) {
    return as(user).get("/organizations/me").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void ownershipFromACoveredNationMakesTheNextApplicationIneligible() {
    JsonPath before = mine("bob");
    List<Map<String, Object>> original = before.getList("owners");
    as("bob")
        .body(
            profile(
                before,
                List.of(
                    Map.of(
                        "name",
                        "Mountain State Ventures LP",
                        "country",
                        "US",
                        "sharePercent",
                        "70"),
                    Map.of(
                        "name",
                        "Northern Rare Metals Co.",
                        "country",
                        "CN",
                        "sharePercent",
                        "30"))))
        .put("/organizations/me")
        .then()
        .statusCode(200)
        .body("feocStatus", equalTo("FOREIGN_ENTITY_OF_CONCERN"));
    try {
      Map<String, Object> application = Api.complete("Owned from abroad");
      application.put("opportunityId", 3);
      application.put("topicArea", "RECYCLING_RECOVERY");
      application.put("minerals", List.of("NEODYMIUM"));
      application.put(
          "site",
          Map.of(
              "state", "WV", "county", "Raleigh", "latitude", "37.7782", "longitude", "-81.1881"));
      application.put("federalAmountRequested", "25000000.00");
      long id = Api.draft("bob", application);
      Api.attachRequired("bob", id);
      as("bob").post("/applications/" + id + "/submit").then().statusCode(200);

      JsonPath a = Api.application("bob", id);
      assertThat(a.getString("status")).isEqualTo("INELIGIBLE");
      assertThat(a.getList("eligibility.reasons", String.class))
          .anyMatch(r -> r.contains("foreign entity of concern"));
    } finally {
      as("bob")
          .body(profile(mine("bob"), original))
          .put("/organizations/me")
          .then()
          .statusCode(200)
          .body("feocStatus", equalTo("CLEAR"));
    }
  }

  @Test
  void badProfilesAreRefusedByFieldAndStaleOnesAreConflicts() {
    JsonPath current = mine("adam");
    Map<String, Object> bad =
        profile(current, List.of(Map.of("name", "", "country", "China", "sharePercent", "120")));
    bad.put("uei", "0OI123456789");
    as("adam")
        .body(bad)
        .put("/organizations/me")
        .then()
        .statusCode(422)
        .body(
            "violations.field",
            hasItems("owners[0].name", "owners[0].country", "owners[0].sharePercent"));
    Map<String, Object> badUei = profile(current, List.of());
    badUei.put("uei", "0OI123456789");
    as("adam")
        .body(badUei)
        .put("/organizations/me")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("uei"));
    Map<String, Object> taken = profile(current, List.of());
    taken.put("uei", mine("bob").getString("uei"));
    as("adam")
        .body(taken)
        .put("/organizations/me")
        .then()
        .statusCode(422)
        .body("violations[0].message", containsString("already registered"));
    Map<String, Object> stale = profile(current, current.getList("owners"));
    stale.put("version", current.getLong("version") - 1);
    as("adam").body(stale).put("/organizations/me").then().statusCode(409);
    as("olivia").body(profile(current, List.of())).put("/organizations/me").then().statusCode(403);
    assertThat(mine("alice").getString("legalName")).isEqualTo("Great Basin Lithium, Inc.");
  }
}
