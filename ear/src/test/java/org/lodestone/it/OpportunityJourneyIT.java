package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A program officer writes and publishes an opportunity; an applicant finds it and applies. */
class OpportunityJourneyIT extends BrowserJourney {

  @Test
  void programOfficerPublishesAnOpportunityThatAnApplicantFindsAndAppliesTo() {
    browser.signIn("oscar");
    browser.click(By.id("navOpportunities"));
    browser.click(By.id("filter:newOpportunity"));
    browser.type(By.id("form:title"), "Graphite anode material from domestic flake");
    browser.choose("form:instrument", "Cooperative agreement");
    browser.tick("form:topicAreas", "Processing refining");
    browser.tick("form:eligibleMinerals", "Graphite");
    browser.number("form:fundsAvailable", "400000000");
    browser.number("form:minCostSharePercent", "50");
    browser.number("form:minAward", "5000000");
    browser.number("form:maxAward", "500000000");
    browser.date("form:opensOn", Api.today().toString());
    browser.date("form:closesOn", Api.today().plusDays(60).toString());
    browser.click(By.id("form:save"));
    browser.visible(
        By.xpath(
            "//*[contains(@class,'ui-message-error') and contains(., 'must not exceed the funds available')]"));
    browser.screenshot("11-officer-opportunity-refused");
    browser.number("form:maxAward", "80000000");
    browser.click(By.id("form:save"));
    browser.waitForText(By.id("status"), "Draft");
    String number = browser.driver.findElement(By.className("ls-title")).getText();
    assertThat(number).matches("FOA-\\d{4}-\\d{6}");
    browser.click(By.id("actions:publish"));
    browser.click(By.id("actions:confirmYes"));
    browser.waitForText(By.id("status"), "Open for submissions");
    browser.screenshot("12-officer-opportunity-published");
    browser.signOut();

    browser.signIn("bob");
    browser.click(By.id("navOrganization"));
    browser.waitForText(By.id("feoc"), "Not a foreign entity of concern");
    browser.screenshot("15-applicant-organization");
    browser.click(By.id("navOpportunities"));
    browser.choose("filter:mineral", "Graphite");
    browser.click(By.id("filter:apply"));
    browser.gone(By.linkText("DE-FOA-0003403"));
    browser.waitForText(By.id("list"), number);
    browser.screenshot("13-applicant-finds-opportunity");
    browser.click(By.linkText(number));
    browser.click(By.id("actions:apply"));
    assertThat(browser.driver.findElement(By.id("form:opportunityId_label")).getText())
        .startsWith(number);
    browser.signOut();

    browser.signIn("audrey");
    browser.click(By.id("navAudit"));
    browser.click(By.id("form:verify"));
    browser.waitForText(By.id("verdict"), "The chain is intact.");
    browser.choose("trail:subjectType", "Opportunity");
    browser.click(By.id("trail:search"));
    browser.waitForText(By.id("trail:events"), "OpportunityPublished");
    assertThat(browser.driver.findElement(By.id("trail:events")).getText())
        .contains("OpportunityDrafted", "oscar");
    browser.screenshot("14-auditor-trail");
    browser.signOut();

    browser.signIn("admin");
    browser.click(By.id("navReferenceData"));
    browser.type(By.id("form:code"), "HAFNIUM");
    browser.type(By.id("form:name"), "Hafnium again");
    browser.click(By.id("form:add"));
    browser.waitForText(By.id("messages"), "already on the critical minerals list");
    browser.screenshot("16-admin-minerals");
  }
}
