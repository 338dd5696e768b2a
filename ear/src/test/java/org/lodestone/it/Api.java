package org.lodestone.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The REST API as one demo user sees it, and the requests the tests share. */
final class Api {

  static final String BASE = Deployments.BASE_URL + "/api/v1";
  static final String PASSWORD = "lodestone";

  private Api() {}

  /** Today in the program's time zone (America/New_York), as the server's date rules see it. */
  static java.time.LocalDate today() {
    return java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"));
  }

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  static RequestSpecification as(String user) {
    return signedIn(user).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  /**
   * A request as {@code user}, with a personal API token as a script would send it: created once
   * per user with the password, then cheap to verify on every call.
   */
  static RequestSpecification signedIn(String user) {
    return given().baseUri(BASE).header("Authorization", "Bearer " + token(user));
  }

  static String token(String user) {
    return TOKENS.computeIfAbsent(
        user,
        u ->
            given()
                .baseUri(BASE)
                .auth()
                .preemptive()
                .basic(u, PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "integration tests", "validForDays", 1))
                .post("/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("secret"));
  }

  /** Creates a draft and returns its id. */
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

  /**
   * A complete application to the demo extraction opportunity (id 1: awards of $5M-$150M, 50% cost
   * share): $25M federal, $25M cost share, budget adding up to $50M, site in Nevada.
   */
  static Map<String, Object> complete(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("opportunityId", 1);
    body.put("title", title);
    body.put("summary", "Direct lithium extraction from geothermal brine with reinjection.");
    body.put("topicArea", "EXTRACTION");
    body.put("minerals", List.of("LITHIUM"));
    body.put(
        "site",
        Map.of(
            "state", "NV", "county", "Esmeralda", "latitude", "37.7544", "longitude", "-117.6351"));
    body.put("projectStage", "FEASIBILITY");
    body.put("capacityTonnesPerYear", 10000);
    body.put("jobsCreated", 140);
    body.put("totalProjectCost", "50000000.00");
    body.put("federalAmountRequested", "25000000.00");
    body.put("costShareCash", "20000000.00");
    body.put("costShareInKind", "5000000.00");
    body.put("startDate", "2027-06-01");
    body.put("endDate", "2030-05-31");
    body.put(
        "permits",
        List.of(
            Map.of(
                "type", "STATE_MINING",
                "agency", "Nevada Division of Minerals",
                "expectedDate", "2027-09-01"),
            Map.of("type", "WATER_RIGHTS", "agency", "Nevada Division of Water Resources")));
    body.put(
        "budget",
        List.of(
            Map.of("category", "EQUIPMENT", "amount", "32000000.00"),
            Map.of("category", "CONSTRUCTION", "amount", "12000000.00"),
            Map.of("category", "PERSONNEL", "amount", "6000000.00")));
    body.put("ownershipCertified", true);
    return body;
  }

  /** A minimal valid PDF. */
  static byte[] pdf(String text) {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% "
            + text
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static Response upload(String user, long id, String kind, String fileName, byte[] content) {
    return signedIn(user)
        .multiPart("kind", kind)
        .multiPart("file", fileName, content, "application/pdf")
        .post("/applications/" + id + "/attachments");
  }

  /** Attaches the two documents a submission needs. */
  static void attachRequired(String user, long id) {
    upload(user, id, "TECHNICAL_VOLUME", "technical-volume.pdf", pdf("technical"))
        .then()
        .statusCode(201);
    upload(user, id, "BUDGET_JUSTIFICATION", "budget-justification.pdf", pdf("budget"))
        .then()
        .statusCode(201);
  }

  /** A complete draft with its documents, ready to submit; returns its id. */
  static long ready(String user, String title) {
    long id = draft(user, complete(title));
    attachRequired(user, id);
    return id;
  }

  /** The id of an application's first document, as its applicant sees it. */
  static long firstDocument(long applicationId) {
    return application("alice", applicationId).getLong("attachments[0].id");
  }

  /**
   * The names of the audit events about a subject ({@code APPLICATION:12}), as audrey reads them.
   */
  static List<String> auditEvents(String subject) {
    return as("audrey")
        .get("/audit/events?subject=" + subject)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("event", String.class);
  }

  /** Completes a task the way its owner would; the API answers 204. */
  static void decide(String user, String taskId, Map<String, Object> body) {
    as(user).body(body).post("/tasks/" + taskId + "/complete").then().statusCode(204);
  }

  static JsonPath application(String user, long id) {
    return as(user).get("/applications/" + id).then().statusCode(200).extract().jsonPath();
  }

  /** The id of the caller's open task of a type about an application, or null. */
  static String taskFor(String user, String type, long applicationId) {
    List<Map<String, Object>> tasks = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      JsonPath answer =
          as(user).get("/tasks?size=200&page=" + page).then().statusCode(200).extract().jsonPath();
      tasks.addAll(answer.getList("items"));
      if (tasks.size() >= answer.getLong("total")) {
        break;
      }
    }
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

  /** Completes the user's open task of a type on an application; fails when there is none. */
  static void work(String user, String type, long applicationId, Map<String, Object> body) {
    String task = taskFor(user, type, applicationId);
    if (task == null) {
      throw new AssertionError(user + " has no " + type + " task on application " + applicationId);
    }
    decide(user, task, body);
  }

  /**
   * A published opportunity for extraction of lithium with the demo criteria (40/30/20/10), two
   * reviewers per application, awards of $5M to $30M and the given funds.
   */
  static long opportunity(String title, String funds) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("instrument", "COOPERATIVE_AGREEMENT");
    body.put("topicAreas", List.of("EXTRACTION"));
    body.put("eligibleMinerals", List.of("LITHIUM"));
    body.put("fundsAvailable", funds);
    body.put("minAward", "5000000.00");
    body.put("maxAward", "30000000.00");
    body.put("minCostSharePercent", "50");
    body.put("opensOn", Api.today().minusDays(1).toString());
    body.put("closesOn", Api.today().plusDays(30).toString());
    body.put(
        "criteria",
        List.of(
            Map.of("code", "TECHNICAL_MERIT", "name", "Technical merit", "weight", 40),
            Map.of("code", "SUPPLY_CHAIN_IMPACT", "name", "Supply-chain impact", "weight", 30),
            Map.of("code", "TEAM_AND_RESOURCES", "name", "Team and resources", "weight", 20),
            Map.of("code", "COMMUNITY_BENEFITS", "name", "Community benefits", "weight", 10)));
    body.put("reviewersPerApplication", 2);
    long id =
        as("olivia")
            .body(body)
            .post("/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as("olivia").post("/opportunities/" + id + "/publish").then().statusCode(200);
    return id;
  }

  /** alice's complete $25M application to an opportunity, submitted and accepted by olivia. */
  static long accepted(long opportunityId, String title) {
    Map<String, Object> body = complete(title);
    body.put("opportunityId", opportunityId);
    long id = draft("alice", body);
    attachRequired("alice", id);
    as("alice").post("/applications/" + id + "/submit").then().statusCode(200);
    work("olivia", "SCREEN_APPLICATION", id, Map.of("decision", "ACCEPT"));
    return id;
  }

  /** Scores for the four demo criteria. */
  static Map<String, Object> scores(int technical, int supply, int team, int community) {
    return Map.of(
        "TECHNICAL_MERIT", technical,
        "SUPPLY_CHAIN_IMPACT", supply,
        "TEAM_AND_RESOURCES", team,
        "COMMUNITY_BENEFITS", community);
  }

  /** rita and ravi are assigned, declare no conflict and submit the given scores. */
  static void reviewed(long id, Map<String, Object> rita, Map<String, Object> ravi) {
    work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rita", "ravi")));
    for (var review : Map.of("rita", rita, "ravi", ravi).entrySet()) {
      work(review.getKey(), "DECLARE_CONFLICT", id, Map.of("conflict", false));
      work(
          review.getKey(),
          "SCORE_APPLICATION",
          id,
          Map.of("scores", review.getValue(), "comments", "Scored against the criteria."));
    }
  }

  /** Reviewed in agreement, classified EA by pat and rated low risk by olivia. */
  static void readyForSelection(long id) {
    reviewed(id, scores(4, 4, 4, 4), scores(4, 5, 4, 3));
    work("pat", "ENVIRONMENTAL_SCREENING", id, Map.of("nepaClass", "EA"));
    work("olivia", "RISK_REVIEW", id, Map.of("rating", "LOW"));
  }
}
