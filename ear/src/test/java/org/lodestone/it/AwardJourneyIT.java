package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An award in headless Chromium: the program officer negotiates the terms (a milestone above its
 * budget period is named at once) and sends them for signature; the selecting official signs; the
 * recipient is refused without the FEOC certification, accepts, and downloads the letter.
 */
class AwardJourneyIT extends BrowserJourney {

  @Test
  void theOfficerPreparesTheOfficialSignsAndTheRecipientAcceptsAndDownloadsTheLetter()
      throws Exception {
    long opportunity = Api.opportunity("Award journey opportunity", "200000000.00");
    long award = AwardApiIT.selected(opportunity, "Browser award brine project");
    String number = AwardApiIT.award("olivia", award).getString("number");

    browser.signIn("olivia");
    browser.openTask(number);
    browser.visible(By.id("form:obligatedAmount_input"));
    browser.waitForText(By.id("periodsTotal"), "$25,000,000.00 of $25,000,000.00");
    browser.date("form:periods:0:periodEnd", "2028-12-31");
    browser.click(By.id("form:addPeriod"));
    browser.date("form:periods:1:periodEnd", "2030-05-31");
    browser.number("form:periods:0:periodAmount", "10000000");
    browser.number("form:periods:1:periodAmount", "15000000");
    browser.click(By.id("form:addMilestone"));
    browser.type(By.id("form:milestone:0:title"), "Pilot plant commissioned");
    browser.type(By.id("form:milestone:0:deliverable"), "Commissioning report");
    browser.date("form:milestone:0:dueDate", "2028-06-30");
    browser.option("form:milestone:0:permits", "State mining permit");
    browser.number("form:milestone:0:milestoneAmount", "12000000");
    browser.waitForText(
        By.id("violations"), "of budget period 1 add up to $12,000,000.00, more than its");
    browser.number("form:milestone:0:milestoneAmount", "6000000");
    browser.waitForText(By.id("noViolations"), "The terms meet every rule.");
    browser.screenshot("40-officer-negotiates-terms");
    browser.click(By.id("form:send"));
    browser.waitForText(By.id("messages"), "sent to the selecting official for signature");
    browser.waitForText(By.id("awardStatus"), "Awaiting signature");
    browser.signOut();

    browser.signIn("sam");
    browser.openTask(number);
    browser.waitForText(By.id("milestones"), "Pilot plant commissioned");
    browser.waitForText(By.id("milestones"), "State mining permit");
    browser.screenshot("41-official-signs");
    browser.click(By.id("actions:sign"));
    browser.waitForText(By.id("messages"), "Award signed and offered to the recipient.");
    browser.waitForText(By.id("awardStatus"), "Awaiting acceptance");
    browser.signOut();

    browser.signIn("alice");
    browser.openTask(number);
    browser.click(By.id("actions:accept"));
    browser.waitForText(By.id("messages"), "Please correct the field marked below.");
    browser.click(By.cssSelector("#actions\\:feocCertified .ui-chkbox-box"));
    browser.screenshot("42-recipient-accepts");
    browser.click(By.id("actions:accept"));
    browser.waitForText(By.id("messages"), "Award accepted: the funds are obligated.");
    browser.waitForText(By.id("awardStatus"), "Active");
    browser.waitForText(By.id("ledger"), "$25,000,000.00");
    browser.screenshot("43-recipient-active-award");

    String href = browser.visible(By.id("letter")).getAttribute("href");
    byte[] pdf =
        RestAssured.given()
            .cookie("JSESSIONID", browser.driver.manage().getCookieNamed("JSESSIONID").getValue())
            .get(href)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument letter = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(letter))
          .contains("Notice of Award " + number)
          .contains("Pilot plant commissioned")
          .contains("Accepted for the recipient by: alice");
    }
    assertThat(Api.auditEvents("AWARD:" + award)).contains("AwardLetterDownloaded");

    // the recipient asks for an amendment in the terms editor; the selecting official approves it
    browser.click(By.id("requestAmendment"));
    browser.visible(By.id("form:maximumMonthlyDraw_input"));
    browser.number("form:maximumMonthlyDraw", "4000000");
    browser.choose("form:amendmentType", "Administrative");
    browser.type(By.id("form:amendmentReason"), "Quarterly invoicing needs a higher monthly draw.");
    browser.screenshot("44-recipient-requests-amendment");
    browser.click(By.id("form:requestAmendment"));
    browser.waitForText(By.id("messages"), "Amendment requested");
    browser.waitForText(By.id("versions"), "Pending");
    browser.signOut();

    browser.signIn("sam");
    browser.open("/app/award.xhtml?id=" + award);
    browser.waitForText(By.id("actions"), "maximumMonthlyDraw");
    browser.click(By.xpath("//button[normalize-space()='Approve the amendment']"));
    browser.waitForText(By.id("messages"), "Amendment approved");
    browser.waitForText(By.id("versions"), "Version 2");
    browser.screenshot("45-official-approved-amendment");
    Api.as("bob").get("/awards/" + award).then().statusCode(404);
  }
}
