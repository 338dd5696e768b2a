package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.lodestone.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Complete applications: eligibility rules, documents, and the inputs an attacker would try. */
class IntakeRulesIT extends DeployedEar {

  @Test
  void anApplicationBreakingEligibilityRulesEndsIneligibleWithEveryReason() {
    Map<String, Object> body = Api.complete("Too small and too little share");
    body.put("federalAmountRequested", "1000000.00");
    body.put("costShareCash", "100000.00");
    body.put("costShareInKind", "0.00");
    body.put("totalProjectCost", "1100000.00");
    body.put("budget", List.of(Map.of("category", "EQUIPMENT", "amount", "1100000.00")));
    body.put("minerals", List.of("LITHIUM", "GALLIUM"));
    long id = Api.draft("alice", body);
    Api.attachRequired("alice", id);

    as("alice").post("/applications/" + id + "/submit").then().statusCode(200);

    JsonPath a = Api.application("alice", id);
    assertThat(a.getString("status")).isEqualTo("INELIGIBLE");
    assertThat(a.getBoolean("eligibility.eligible")).isFalse();
    assertThat(a.getList("eligibility.reasons", String.class))
        .hasSize(3)
        .anyMatch(r -> r.contains("below the opportunity's minimum award"))
        .anyMatch(r -> r.contains("cost share is below"))
        .anyMatch(r -> r.contains("minerals are not eligible"));
    assertThat(Api.taskFor("olivia", "SCREEN_APPLICATION", id))
        .as("no screening of ineligible")
        .isNull();
  }

  @Test
  void documentsAreStoredWithTheirChecksumAndOnlyThoseWhoMaySeeTheApplicationGetThem()
      throws Exception {
    long id = Api.draft("alice", Api.complete("Documents"));
    byte[] pdf = Api.pdf("technical volume of record");
    JsonPath uploaded =
        Api.upload("alice", id, "TECHNICAL_VOLUME", "../../etc/technical.pdf", pdf)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    long attachmentId = uploaded.getLong("id");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    assertThat(uploaded.getString("sha256")).isEqualTo(sha);
    assertThat(uploaded.getString("fileName")).isEqualTo("technical.pdf");

    byte[] downloaded =
        as("adam")
            .get("/applications/" + id + "/attachments/" + attachmentId)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertThat(downloaded).isEqualTo(pdf);
    as("olivia").get("/applications/" + id + "/attachments/" + attachmentId).then().statusCode(200);
    as("bob").get("/applications/" + id + "/attachments/" + attachmentId).then().statusCode(404);
    as("rita").get("/applications/" + id + "/attachments/" + attachmentId).then().statusCode(404);

    long other = Api.draft("bob", Map.of("opportunityId", 3, "title", "Bob's draft"));
    as("bob").get("/applications/" + other + "/attachments/" + attachmentId).then().statusCode(404);
    Api.upload("bob", id, "OTHER", "x.pdf", pdf).then().statusCode(404);
  }

  @Test
  void aRenamedExecutableAnOversizedFileAndAMissingKindAreRefusedByField() {
    long id = Api.draft("alice", Api.complete("Bad uploads"));
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    Api.upload("alice", id, "TECHNICAL_VOLUME", "technical.pdf", elf)
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("file"))
        .body("violations[0].message", containsString("not a PDF"));
    byte[] big = new byte[25 * 1024 * 1024 + 10];
    System.arraycopy(Api.pdf("x"), 0, big, 0, 20);
    Api.upload("alice", id, "TECHNICAL_VOLUME", "big.pdf", big)
        .then()
        .statusCode(422)
        .body("violations[0].message", containsString("25 MB"));
    Api.upload("alice", id, "SECRET_PLANS", "a.pdf", Api.pdf("x"))
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("kind"));
    as("alice")
        .get("/applications/" + id + "/attachments")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void fieldRulesAnAttackerWouldProbe() {
    Map<String, Object> body = Api.complete("<script>alert('x')</script>");
    body.put(
        "site",
        Map.of("state", "NV", "county", "Esmeralda", "latitude", "30.0", "longitude", "-40.0"));
    body.put("startDate", "2030-01-01");
    body.put("endDate", "2029-01-01");
    body.put("costShareCash", "-5.00");
    body.put("minerals", List.of("LITHIUM", "UNOBTAINIUM"));
    body.put("topicArea", "ALCHEMY");
    as("alice")
        .body(body)
        .post("/applications")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("topicArea"));
    body.remove("topicArea");
    as("alice")
        .body(body)
        .post("/applications")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("site.latitude", "endDate", "costShareCash", "minerals"))
        .body(
            "violations.find { it.field == 'site.latitude' }.message",
            containsString("must lie in Nevada"));

    long id =
        Api.draft("alice", Map.of("opportunityId", 1, "title", "<script>alert('x')</script>"));
    assertThat(Api.application("alice", id).getString("title"))
        .isEqualTo("<script>alert('x')</script>");
    as("alice")
        .body(Map.of("startDate", "31/12/2027", "version", 0))
        .put("/applications/" + id)
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("startDate"));
  }

  @Test
  void moneyThatDoesNotAddUpIsRefusedAtSubmission() {
    Map<String, Object> body = Api.complete("Arithmetic");
    body.put("costShareInKind", "4999999.99");
    long id = Api.draft("alice", body);
    Api.attachRequired("alice", id);

    as("alice")
        .post("/applications/" + id + "/submit")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("totalProjectCost"))
        .body("violations[0].message", containsString("49999999.99"));
    assertThat(Api.application("alice", id).getString("status")).isEqualTo("DRAFT");
  }
}
