package org.lodestone.it;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An applicant's API tokens in headless Chromium: a token without a name is refused on the page, a
 * named one is shown once and works as a bearer token, and revoking it (after a confirmation) stops
 * it at once.
 */
class ApiTokensJourneyIT extends BrowserJourney {

  @Test
  void anApplicantCreatesATokenUsesItAndRevokesIt() {
    browser.signIn("adam");
    browser.click(By.id("apiTokens"));
    browser.click(By.id("create:createToken"));
    browser.waitForText(By.id("create"), "Name is required");

    browser.type(By.id("create:name"), "Browser journey script");
    browser.choose("create:validForDays", "30 days");
    browser.click(By.id("create:createToken"));
    browser.waitForText(By.id("newToken"), "Your new token");
    browser.waitForText(By.id("tokens"), "Browser journey script");
    String token = browser.visible(By.id("secret")).getAttribute("value");
    browser.screenshot("90-api-token-created");
    given()
        .baseUri(Api.BASE)
        .header("Authorization", "Bearer " + token)
        .get("/applications")
        .then()
        .statusCode(200);

    browser.click(By.cssSelector("button[title='Revoke Browser journey script']"));
    browser.click(By.id("tokens:confirmRevoke"));
    browser.waitForText(By.id("tokens"), "Revoked");
    browser.screenshot("91-api-token-revoked");
    given()
        .baseUri(Api.BASE)
        .header("Authorization", "Bearer " + token)
        .get("/applications")
        .then()
        .statusCode(401);
  }
}
