package org.lodestone.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** The REST API as one demo user sees it. */
final class Api {

  static final String BASE = Deployments.BASE_URL + "/api/v1";
  static final String PASSWORD = "lodestone";

  private Api() {}

  static RequestSpecification as(String user) {
    return given()
        .baseUri(BASE)
        .auth()
        .preemptive()
        .basic(user, PASSWORD)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  /** Creates a draft of the demo extraction opportunity (id 1) and returns its id. */
  static long draft(String user, Map<String, Object> fields) {
    return as(user)
        .body(fields)
        .post("/applications")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static Map<String, Object> complete(String title) {
    return Map.of(
        "opportunityId",
        1,
        "title",
        title,
        "summary",
        "Direct lithium extraction from geothermal brine with reinjection.",
        "federalAmountRequested",
        "25000000.00");
  }

  static JsonPath application(String user, long id) {
    return as(user).get("/applications/" + id).then().statusCode(200).extract().jsonPath();
  }

  /** The id of the caller's open task of a type about an application, or null. */
  static String taskFor(String user, String type, long applicationId) {
    List<Map<String, Object>> tasks =
        as(user).get("/tasks").then().statusCode(200).extract().jsonPath().getList("$");
    return tasks.stream()
        .filter(t -> type.equals(t.get("type")))
        .filter(
            t ->
                ((Map<?, ?>) t.get("subject"))
                    .get("id")
                    .toString()
                    .equals(Long.toString(applicationId)))
        .map(t -> t.get("id").toString())
        .findFirst()
        .orElse(null);
  }
}
