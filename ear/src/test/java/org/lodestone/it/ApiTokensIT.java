package org.lodestone.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens on the deployed server: created with a password, used as a bearer token,
 * revoked, expired; refused with a problem document when revoked, expired, forged, signed by
 * another key, or when its account is deactivated; never able to create tokens; someone else's
 * cannot be revoked; the rules on names, lifetimes and how many a person holds.
 */
class ApiTokensIT extends DeployedEar {

  private static RequestSpecification withPassword(String user) {
    return given()
        .baseUri(Api.BASE)
        .auth()
        .preemptive()
        .basic(user, Api.PASSWORD)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  private static RequestSpecification bearer(String token) {
    return given()
        .baseUri(Api.BASE)
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  private static JsonPath create(String user, String name, int days) {
    return withPassword(user)
        .body(Map.of("name", name, "validForDays", days))
        .post("/tokens")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static void refused(String token, String detail) {
    bearer(token)
        .get("/applications")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("detail", containsString(detail));
  }

  @Test
  void aTokenIsCreatedUsedAndRevoked() {
    Instant before = Instant.now();
    JsonPath created = create("alice", "Quarterly upload script", 30);
    String token = created.getString("secret");
    String id = created.getString("token.id");
    assertThat(created.getBoolean("token.live")).isTrue();
    assertThat(Instant.parse(created.getString("token.expires")))
        .isBetween(before.plus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(30)));

    long application = Api.draft("alice", Api.complete("Token-made draft"));
    bearer(token)
        .get("/applications/" + application)
        .then()
        .statusCode(200)
        .body("title", equalTo("Token-made draft"));
    String listed =
        withPassword("alice")
            .get("/tokens")
            .then()
            .statusCode(200)
            .body("find { it.id == '" + id + "' }.name", equalTo("Quarterly upload script"))
            .body("find { it.id == '" + id + "' }.lastUsed", not(nullValue()))
            .extract()
            .asString();
    assertThat(listed).doesNotContain(token).doesNotContain(token.split("\\.")[2]);

    bearer(token)
        .body(Map.of("name", "renewed by itself", "validForDays", 365))
        .post("/tokens")
        .then()
        .statusCode(403)
        .body("detail", containsString("cannot create tokens"));

    bearer(token).delete("/tokens/" + id).then().statusCode(204);
    refused(token, "revoked");
    withPassword("alice")
        .get("/tokens")
        .then()
        .body("find { it.id == '" + id + "' }.live", equalTo(false))
        .body("find { it.id == '" + id + "' }.revoked", not(nullValue()));
    assertThat(Api.auditEvents("USER:alice")).contains("ApiTokenCreated", "ApiTokenRevoked");
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    JsonPath created = create("bob", "Short-lived", 1);
    String token = created.getString("secret");
    bearer(token).get("/applications").then().statusCode(200);
    try (Connection db = Database.connect();
        PreparedStatement expire =
            db.prepareStatement("UPDATE api_token SET expires_at = ? WHERE id = ?")) {
      expire.setObject(1, java.time.OffsetDateTime.now().minusMinutes(1));
      expire.setString(2, created.getString("token.id"));
      assertThat(expire.executeUpdate()).isEqualTo(1);
    }
    refused(token, "expired");
  }

  @Test
  void aTokenActsOnlyForItsOwnerAndOnlyTheOwnerOrAnAdministratorRevokesIt() {
    long alices = Api.draft("alice", Api.complete("Alice's own draft"));
    JsonPath bobs = create("bob", "Bob's script", 7);
    String bobToken = bobs.getString("secret");
    bearer(bobToken).get("/applications/" + alices).then().statusCode(404);

    JsonPath alicesToken = create("alice", "Alice's script", 7);
    bearer(bobToken).delete("/tokens/" + alicesToken.getString("token.id")).then().statusCode(404);
    bearer(alicesToken.getString("secret")).get("/applications/" + alices).then().statusCode(200);

    Api.as("admin").delete("/tokens/" + bobs.getString("token.id")).then().statusCode(204);
    refused(bobToken, "revoked");
  }

  @Test
  void forgedTokensAreRefusedWithAProblemDocument() throws Exception {
    String token = create("alice", "To be tampered with", 7).getString("secret");
    String[] parts = token.split("\\.");
    String otherSubject =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"sub\":\"alice\"", "\"sub\":\"audrey\"")
                    .getBytes(StandardCharsets.UTF_8));
    refused(parts[0] + "." + otherSubject + "." + parts[2], "refused");

    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(keys.generateKeyPair().getPrivate());
    signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    String signedElsewhere =
        parts[0]
            + "."
            + parts[1]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    refused(signedElsewhere, "refused");
  }

  @Test
  void aDeactivatedAccountsTokenIsRefused() throws Exception {
    Database.copyUser("alice", "tokentester", "Token Tester", "APPLICANT");
    String token = create("tokentester", "Leaver's script", 30).getString("secret");
    bearer(token).get("/applications").then().statusCode(200);
    try (Connection db = Database.connect();
        PreparedStatement leave =
            db.prepareStatement("UPDATE app_user SET active = FALSE WHERE username = ?")) {
      leave.setString(1, "tokentester");
      leave.executeUpdate();
    }
    refused(token, "not active");
  }

  @Test
  void namesLifetimesAndTheNumberOfLiveTokensAreBounded() {
    withPassword("oscar")
        .body(Map.of("name", " ", "validForDays", 366))
        .post("/tokens")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("name", "validForDays"));
    withPassword("oscar")
        .body(Map.of("name", "x".repeat(101), "validForDays", 0))
        .post("/tokens")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("name", "validForDays"));

    List<Boolean> live = withPassword("oscar").get("/tokens").then().extract().path("live");
    int room = 10 - (int) live.stream().filter(Boolean::booleanValue).count();
    for (int i = 0; i < room - 1; i++) {
      create("oscar", "Script " + i, 7);
    }
    // the last place, asked for twice at once: one gets it, the other is told the limit
    List<CompletableFuture<Integer>> racing =
        List.of("Racer one", "Racer two").stream()
            .map(
                name ->
                    CompletableFuture.supplyAsync(
                        () ->
                            withPassword("oscar")
                                .body(Map.of("name", name, "validForDays", 7))
                                .post("/tokens")
                                .statusCode()))
            .toList();
    assertThat(racing.stream().map(CompletableFuture::join).sorted().toList())
        .containsExactly(201, 422);
    withPassword("oscar")
        .body(Map.of("name", "One too many", "validForDays", 7))
        .post("/tokens")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("tokens"));
  }
}
