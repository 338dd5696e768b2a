package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on as production runs it: a WildFly of its own with the real EAR and the demo data,
 * configured by {@code configure-oidc.cli} exactly as an operator would, against a real Keycloak.
 * People sign in at the provider's page; scripts send the provider's access tokens. Roles and an
 * applicant's organization come from the token; a person Lodestone does not know, a token without
 * one of its roles or an applicant without a known organization is refused with a clear reason.
 *
 * <p>The realm (keycloak/lodestone-realm.json): olivia PROGRAM_OFFICER; alice APPLICANT of Great
 * Basin Lithium, as in the demo; bob APPLICANT whose token names Great Basin Lithium although his
 * account says Appalachian Rare Earth Recovery; adam APPLICANT with no organization claim; rosa
 * with no Lodestone role; mallory PROGRAM_OFFICER with no Lodestone account.
 */
class SingleSignOnIT {

  private static final String GREAT_BASIN = "GBL7TQ2K9M4X";
  private static final Keycloak keycloak = new Keycloak();
  private static final ServerNode node = new ServerNode("sso", 500, "lodestone_sso");

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        ServerNode.postgresql(), "single sign-on is the production set-up, on PostgreSQL");
    ServerNode.freshDatabase("lodestone_sso");
    node.prepare();
    node.configure("src/main/wildfly/configure-oidc.cli");
    node.environment("LODESTONE_OIDC_PROVIDER_URL", Keycloak.REALM_URL)
        .environment("LODESTONE_OIDC_CLIENT_SECRET", Keycloak.CLIENT_SECRET)
        .environment("LODESTONE_OIDC_SSL_REQUIRED", "none")
        .signingInWith(
            user ->
                RestAssured.given()
                    .baseUri(node.baseUrl() + "/api/v1")
                    .auth()
                    .oauth2(Keycloak.token(user))
                    .contentType("application/json"));
    // both at once: the node is ready when Keycloak's tokens for the demo's people work there
    keycloak.start();
    node.start();
  }

  @AfterAll
  static void stop() throws Exception {
    node.kill();
    keycloak.close();
  }

  @Test
  void peopleSignInAtTheProviderAndActWithTheRolesItsTokenCarries() {
    try (Browser browser = new Browser()) {
      browser.signInAtProvider(node.baseUrl() + "/app/index.xhtml", "olivia");
      browser.visible(By.id("signOut"));
      assertThat(browser.driver.findElement(By.tagName("header")).getText())
          .contains("Olivia Grant")
          .contains("Program officer");
      // personal API tokens have no place under single sign-on: no link to them
      assertThat(browser.driver.findElements(By.id("apiTokens"))).isEmpty();
      browser.screenshot("sso-officer-inbox");

      // signing out ends the provider's session too: signing in again asks for the password
      browser.click(By.id("signOut"));
      browser.waitForText(By.cssSelector("[role=status]"), "You have signed out.");
      assertThat(browser.driver.findElements(By.id("password"))).isEmpty();
      browser.screenshot("sso-signed-out");
      browser.click(By.id("signInAtProvider"));
      new WebDriverWait(browser.driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
      assertThat(browser.driver.getCurrentUrl()).startsWith(Keycloak.REALM_URL);
    }
    try (Browser browser = new Browser()) {
      browser.signInAtProvider(node.baseUrl() + "/app/index.xhtml", "rosa");
      browser.waitForText(By.tagName("h1"), "Not allowed");
      assertThat(browser.driver.findElement(By.tagName("body")).getText())
          .contains("Your sign-in carries none of Lodestone's roles");
      browser.screenshot("sso-refused-without-a-role");
      browser.click(By.id("signOut"));
      browser.visible(By.id("signInAtProvider"));
    }
  }

  @Test
  void scriptsUseTheProvidersTokensAndAnApplicantActsForTheOrganizationItsTokenNames() {
    assertThat(
            node.as("olivia")
                .get("/applications?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total"))
        .isPositive();
    assertThat(organizationOf("alice")).isEqualTo(GREAT_BASIN);
    // an applicant's role does not reach staff work
    node.as("alice").get("/audit/events?subject=USER:bob").then().statusCode(403);

    // bob's account says Appalachian; his token says Great Basin: the token wins, once, audited
    assertThat(organizationOf("bob")).isEqualTo(GREAT_BASIN);
    node.as("bob").get("/applications").then().statusCode(200);
    List<String> events =
        node.as("audrey")
            .get("/audit/events?subject=USER:bob")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("event", String.class);
    assertThat(events).containsOnlyOnce("AccountFollowedIdentityProvider");

    // a personal token cannot be made here: scripts have the provider's
    assertThat(
            node.as("olivia")
                .body("{\"name\":\"x\",\"validForDays\":5}")
                .post("/tokens")
                .then()
                .statusCode(403)
                .extract()
                .path("detail")
                .toString())
        .contains("identity provider's access tokens");
  }

  @Test
  void everyoneElseIsRefusedWithTheReason() {
    assertThat(refusal(node.as("mallory").get("/applications"), 403))
        .contains("Lodestone has no active account for you");
    assertThat(refusal(node.as("rosa").get("/minerals"), 403))
        .contains("none of Lodestone's roles");
    assertThat(refusal(node.as("adam").get("/organizations/me"), 403))
        .contains("no organization registered with Lodestone");

    String token = Keycloak.token("olivia");
    String tampered = token.substring(0, token.length() - 4) + "AAAA";
    RestAssured.given()
        .baseUri(node.baseUrl() + "/api/v1")
        .auth()
        .oauth2(tampered)
        .get("/applications")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer realm=\"Lodestone\"");
    // passwords are the provider's business now: the demo password opens nothing
    RestAssured.given()
        .baseUri(node.baseUrl() + "/api/v1")
        .auth()
        .preemptive()
        .basic("olivia", Api.PASSWORD)
        .get("/applications")
        .then()
        .statusCode(401);
  }

  /** The UEI of the organization a person acts for, as the API tells them. */
  private static String organizationOf(String user) {
    return node.as(user)
        .get("/organizations/me")
        .then()
        .statusCode(200)
        .extract()
        .path("uei")
        .toString();
  }

  private static String refusal(Response response, int status) {
    return response.then().statusCode(status).extract().path("detail").toString();
  }
}
