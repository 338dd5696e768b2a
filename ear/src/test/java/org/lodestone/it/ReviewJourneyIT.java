package org.lodestone.it;

import static org.lodestone.it.Api.accepted;
import static org.lodestone.it.Api.scores;
import static org.lodestone.it.Api.work;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Review and selection in headless Chromium: a program officer assigns reviewers and follows the
 * review board; a reviewer declares no conflict, scores beside the application and then sees the
 * other reviewer's scores; the selecting official selects from the ranked slate and is refused
 * beyond the funds available.
 */
class ReviewJourneyIT extends BrowserJourney {

  @Test
  void aReviewerDeclaresScoresAndOnlyThenSeesTheOtherReview() {
    long opportunity = Api.opportunity("Reviewer journey opportunity", "200000000.00");
    long id = accepted(opportunity, "Browser review brine project");
    String number = Api.application("alice", id).getString("number");
    String opportunityNumber =
        Api.as("olivia").get("/opportunities/" + opportunity).then().extract().path("number");

    browser.signIn("olivia");
    browser.open("/app/application.xhtml?id=" + id);
    browser.click(By.xpath("//a[normalize-space()='Assign reviewers']"));
    browser.option("form:reviewers", "Rita Chen");
    browser.option("form:reviewers", "Ravi Patel");
    browser.screenshot("19-officer-assigns-reviewers");
    browser.click(By.id("form:complete"));
    browser.waitForText(By.id("messages"), "Reviewer assignment recorded for " + number);
    browser.click(By.id("navReviewBoard"));
    browser.click(By.linkText(opportunityNumber));
    browser.waitForText(By.id("board"), "rita: Awaiting conflict declaration");
    browser.signOut();

    work("ravi", "DECLARE_CONFLICT", id, Map.of("conflict", false));
    work(
        "ravi",
        "SCORE_APPLICATION",
        id,
        Map.of("scores", scores(3, 3, 3, 3), "comments", "Adequate but unproven at scale."));

    browser.signIn("rita");
    browser.screenshot("20-reviewer-inbox");
    browser.openTask(number);
    browser.option("form:conflict", "No, I have no conflict");
    browser.screenshot("21-reviewer-declaration");
    browser.click(By.id("form:declare"));

    browser.visible(By.id("form:scores_TECHNICAL_MERIT"));
    browser.click(By.id("form:submit"));
    browser.waitForText(By.id("messages"), "Please correct");
    browser.visible(
        By.xpath(
            "//*[contains(@class,'ui-message-error') and contains(., 'Scores technical merit is required')]"));
    browser.option("form:scores_TECHNICAL_MERIT", "4");
    browser.option("form:scores_SUPPLY_CHAIN_IMPACT", "5");
    browser.option("form:scores_TEAM_AND_RESOURCES", "3");
    browser.option("form:scores_COMMUNITY_BENEFITS", "2");
    browser.waitForText(By.id("form:total"), "78.00 / 100");
    browser.type(By.id("form:comments"), "Strong supply-chain case; the team is thin.");
    browser.screenshot("22-reviewer-scoring");
    browser.click(By.id("form:submit"));

    browser.waitForText(By.id("meritReview"), "ravi");
    browser.waitForText(By.id("meritReview"), "Adequate but unproven at scale.");
    browser.waitForText(By.id("consensus"), "69.00 / 100");
    browser.screenshot("23-reviewer-sees-both-reviews");
    browser.signOut();

    browser.signIn("olivia");
    browser.click(By.id("navReviewBoard"));
    browser.click(By.linkText(opportunityNumber));
    browser.waitForText(By.id("board"), "Awaiting environmental screening and risk review");
    browser.screenshot("24-officer-review-board");
    browser.click(By.id("bell"));
    browser.waitForText(By.id("notifications"), "unread");
    browser.screenshot("25-officer-notifications");
  }

  @Test
  void theSelectingOfficialSelectsFromTheSlateAndIsRefusedBeyondTheFunds() {
    long opportunity = Api.opportunity("Slate journey opportunity", "40000000.00");
    String opportunityNumber =
        Api.as("sam").get("/opportunities/" + opportunity).then().extract().path("number");
    long first = accepted(opportunity, "Slate project Alpha");
    long second = accepted(opportunity, "Slate project Beta");
    Api.readyForSelection(first);
    Api.readyForSelection(second);
    String alpha = Api.application("alice", first).getString("number");
    String beta = Api.application("alice", second).getString("number");

    browser.signIn("sam");
    browser.click(By.id("navSlate"));
    browser.click(By.linkText(opportunityNumber));
    browser.waitForText(By.id("remaining"), "$40,000,000.00");
    browser.screenshot("30-slate");

    decide(alpha, "Select", "Ranks first; fits the funds.");
    browser.waitForText(By.id("messages"), "Selection decision recorded for " + alpha);
    browser.waitForText(By.id("remaining"), "$15,000,000.00");

    decide(beta, "Select", "Also strong.");
    browser.waitForText(By.id("form"), "by $10,000,000.00");
    browser.screenshot("31-selection-refused-beyond-funds");
    browser.option("form:decision", "Decline");
    browser.type(By.id("form:justification"), "The opportunity's funds are committed.");
    browser.click(By.id("form:complete"));
    browser.waitForText(By.id("slate"), "Declined");
    browser.screenshot("32-slate-after-decisions");
    browser.signOut();

    browser.signIn("alice");
    browser.open("/app/application.xhtml?id=" + first);
    browser.waitForText(By.id("decision"), "Selected");
    browser.waitForText(By.id("meritReview"), "Reviewer 2");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript("document.getElementById('meritReview').scrollIntoView();");
    browser.screenshot("33-applicant-sees-decision-and-feedback");
  }

  private void decide(String applicationNumber, String decision, String justification) {
    browser.click(
        By.xpath(
            "//tr[.//a[normalize-space()='"
                + applicationNumber
                + "']]//a[normalize-space()='Decide']"));
    browser.option("form:decision", decision);
    browser.type(By.id("form:justification"), justification);
    browser.click(By.id("form:complete"));
  }
}
