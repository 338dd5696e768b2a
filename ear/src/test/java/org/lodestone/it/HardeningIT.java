package org.lodestone.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.lodestone.it.Api.as;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input and browser safety on the deployed application: bounded numbers and strings, paging
 * that cannot overflow, security headers, no Basic prompt for browsers, session calls that change
 * state only from our pages, documents for pages outside the API, and no account named as the
 * system.
 */
class HardeningIT extends DeployedEar {

  /** A signed-in browser session (form login), as its JSESSIONID. */
  static String session(String user) {
    Response page =
        given().redirects().follow(false).get(Deployments.BASE_URL + "/app/index.xhtml");
    String before = page.getCookie("JSESSIONID");
    Response login =
        given()
            .redirects()
            .follow(false)
            .cookie("JSESSIONID", before)
            .formParam("j_username", user)
            .formParam("j_password", Api.PASSWORD)
            .post(Deployments.BASE_URL + "/j_security_check");
    String after = login.getCookie("JSESSIONID");
    return after == null ? before : after;
  }

  @Test
  void hugeNumbersAreRefusedAtOnceWithoutBeingRepeated() {
    String hugeShare =
        "{\"legalName\":\"X\",\"uei\":\"GBL7TQ2K9M4X\",\"country\":\"US\","
            + "\"owners\":[{\"name\":\"A\",\"country\":\"US\",\"sharePercent\":1E-2000000}],\"version\":0}";
    long start = System.nanoTime();
    Response share = as("alice").body(hugeShare).put("/organizations/me");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    assertThat(share.statusCode()).isEqualTo(422);
    assertThat(share.asString()).hasSizeLessThan(1000).doesNotContain("2000000");
    assertThat(share.jsonPath().getString("violations[0].field")).isEqualTo("sharePercent");

    String hugeLatitude =
        "{\"opportunityId\":1,\"title\":\"T\",\"site\":{\"state\":\"NV\",\"latitude\":1E-3000000}}";
    Response latitude = as("alice").body(hugeLatitude).post("/applications");
    assertThat(latitude.statusCode()).isEqualTo(422);
    assertThat(latitude.asString()).hasSizeLessThan(1000);
    assertThat(latitude.jsonPath().getString("violations[0].field")).isEqualTo("latitude");

    String manyDigits =
        "{\"opportunityId\":1,\"title\":\"T\",\"jobsCreated\":" + "9".repeat(5000) + "}";
    Response digits = as("alice").body(manyDigits).post("/applications");
    assertThat(digits.statusCode()).isEqualTo(422);
    assertThat(digits.asString()).doesNotContain("99999999999999999999");
  }

  @Test
  void stringsLongerThanTheirColumnsAndHugeCapacitiesNameTheirField() {
    var org = as("alice").get("/organizations/me").then().extract().jsonPath();
    Map<String, Object> body = new HashMap<>();
    body.put("legalName", org.getString("legalName"));
    body.put("uei", org.getString("uei"));
    body.put(
        "address",
        Map.of(
            "street",
            "x".repeat(300),
            "city",
            "y".repeat(150),
            "state",
            "NEVADA",
            "postalCode",
            "1234567890123"));
    body.put("country", "US");
    body.put("owners", org.getList("owners"));
    body.put("version", org.getLong("version"));
    List<String> fields =
        as("alice")
            .body(body)
            .put("/organizations/me")
            .then()
            .statusCode(422)
            .extract()
            .jsonPath()
            .getList("violations.field");
    assertThat(fields).contains("street", "city", "state", "postalCode");
    body.put("address", org.getMap("address"));
    body.put(
        "owners", List.of(Map.of("name", "z".repeat(250), "country", "US", "sharePercent", "10")));
    as("alice")
        .body(body)
        .put("/organizations/me")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("owners[0].name"));

    Map<String, Object> application = Api.complete("Too much capacity");
    application.put("capacityTonnesPerYear", "10000000000000");
    application.put("site", Map.of("state", "N".repeat(500), "county", "C"));
    var refusal =
        as("alice").body(application).post("/applications").then().statusCode(422).extract();
    assertThat(refusal.jsonPath().getList("violations.field", String.class))
        .contains("capacityTonnesPerYear", "site.state");
    assertThat(refusal.asString()).doesNotContain("NNNNNNNNNN");
  }

  @Test
  void pagingThatWouldOverflowIsRefusedNamingTheParameter() {
    as("alice")
        .get("/applications?page=2147483647&size=200")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("page"));
    as("alice")
        .get("/applications?size=99999999999")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("size"));
    as("olivia")
        .get("/tasks?page=1&size=2")
        .then()
        .statusCode(200)
        .body("page", equalTo(1))
        .body("size", equalTo(2))
        .body("items.size()", equalTo(2));
  }

  @Test
  void pagesForbidFramingAndLeakNoReferrer() {
    Response login = given().get(Deployments.BASE_URL + "/login.xhtml");
    assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(login.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
  }

  @Test
  void theSessionCookieIsSecureOverHttpsAndStaysUsableOverPlainHttp() {
    // WildFly's HTTPS listener (port 8443 + 100) with its self-signed certificate
    Response https =
        given()
            .relaxedHTTPSValidation()
            .redirects()
            .follow(false)
            .get("https://localhost:8543/lodestone/app/index.xhtml");
    assertThat(https.header("Set-Cookie")).contains("JSESSIONID").containsIgnoringCase("; secure");
    Response http =
        given().redirects().follow(false).get(Deployments.BASE_URL + "/app/index.xhtml");
    assertThat(http.header("Set-Cookie"))
        .contains("JSESSIONID")
        .doesNotContainIgnoringCase("secure");
  }

  @Test
  void browsersAreNotOfferedABasicPromptButScriptsAre() {
    given()
        .get(Api.BASE + "/minerals")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Basic"));
    Response browser =
        given()
            .header("Sec-Fetch-Mode", "navigate")
            .header("Sec-Fetch-Site", "none")
            .get(Api.BASE + "/minerals");
    assertThat(browser.statusCode()).isEqualTo(401);
    assertThat(browser.header("WWW-Authenticate")).isNull();
  }

  @Test
  void aSessionChangesStateOnlyFromOurOwnPages() {
    String session = session("alice");
    given().cookie("JSESSIONID", session).get(Api.BASE + "/notifications").then().statusCode(200);
    given()
        .cookie("JSESSIONID", session)
        .header("Origin", "https://evil.example")
        .post(Api.BASE + "/notifications/read")
        .then()
        .statusCode(403)
        .body("detail", containsString("Lodestone's pages"));
    given()
        .cookie("JSESSIONID", session)
        .post(Api.BASE + "/notifications/read")
        .then()
        .statusCode(403);
    given()
        .cookie("JSESSIONID", session)
        .header("Origin", "http://localhost:8180")
        .post(Api.BASE + "/notifications/read")
        .then()
        .statusCode(200);
    given()
        .cookie("JSESSIONID", session)
        .header("X-Requested-With", "lodestone")
        .post(Api.BASE + "/notifications/read")
        .then()
        .statusCode(200);
  }

  @Test
  void pagesDownloadDocumentsOutsideTheApiOnlyForThoseWhoMaySeeThem() {
    long id = Api.ready("alice", "Download path project");
    long attachment = Api.firstDocument(id);
    String path = Deployments.BASE_URL + "/documents/applications/" + id + "/" + attachment;

    Response mine = given().cookie("JSESSIONID", session("alice")).get(path);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.contentType()).startsWith("application/pdf");
    assertThat(mine.header("Content-Disposition")).contains("technical-volume.pdf");
    assertThat(given().cookie("JSESSIONID", session("bob")).get(path).statusCode()).isEqualTo(404);
    assertThat(Api.auditEvents("APPLICATION:" + id)).contains("DocumentDownloaded");
  }

  @Test
  void aSubmittedDocumentIsKeptWhenTheApplicationIsReturned() {
    long id = Api.ready("alice", "Kept documents project");
    long attachment = Api.firstDocument(id);
    as("alice").post("/applications/" + id + "/submit").then().statusCode(200);
    Api.work("olivia", "SCREEN_APPLICATION", id, Map.of("decision", "RETURN", "reason", "Budget."));

    as("alice")
        .delete("/applications/" + id + "/attachments/" + attachment)
        .then()
        .statusCode(409)
        .body("detail", containsString("part of a submission"));
    as("alice").get("/applications/" + id).then().body("attachments.id", hasItem((int) attachment));
  }

  @Test
  void anAccountNamedAnonymousCannotSignInAsTheSystem() throws Exception {
    Database.copyUser("audrey", "anonymous", "Not the system", "AUDITOR");
    given()
        .auth()
        .preemptive()
        .basic("anonymous", Api.PASSWORD)
        .accept(ContentType.JSON)
        .get(Api.BASE + "/audit/verification")
        .then()
        .statusCode(401);
  }
}
