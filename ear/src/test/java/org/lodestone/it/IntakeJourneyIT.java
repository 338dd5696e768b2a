package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The intake journey in headless Chromium: an applicant fills the wizard over two sessions with
 * uploads and submits; a program officer returns it; the applicant corrects and resubmits; the
 * program officer accepts it.
 */
class IntakeJourneyIT extends BrowserJourney {

  private static Path file(String name, byte[] content) throws IOException {
    Path dir = Files.createTempDirectory("lodestone-upload");
    return Files.write(dir.resolve(name), content);
  }

  @Test
  void applicantAppliesOverTwoSessionsIsReturnedCorrectsAndIsAccepted() throws IOException {
    browser.signIn("alice");
    browser.screenshot("01-applicant-home");
    browser.click(By.id("navNewApplication"));

    // session 1: project and site, then sign out
    browser.choose("form:opportunityId", "DE-FOA-0003401");
    browser.type(By.id("form:title"), "Silver Peak brine expansion");
    browser.type(
        By.id("form:summary"),
        "Expand lithium carbonate output by 10,000 t/yr with direct lithium extraction.");
    browser.choose("form:topicArea", "Extraction");
    browser.choose("form:projectStage", "Feasibility");
    browser.next("Site and output");
    browser.waitForText(By.id("messages"), "saved");
    String number =
        browser
            .driver
            .findElement(By.id("messages"))
            .getText()
            .replaceAll("(?s).*(APP-\\d{4}-\\d{6}).*", "$1");
    assertThat(number).as("first step saved the draft").matches("APP-\\d{4}-\\d{6}");
    browser.tick("form:minerals", "Lithium");
    browser.choose("form:site_state", "Nevada");
    browser.type(By.id("form:site_county"), "Esmeralda");
    browser.number("form:site_latitude", "30.5");
    browser.number("form:site_longitude", "-40.25");
    browser.number("form:capacityTonnesPerYear", "10000");
    browser.number("form:jobsCreated", "140");
    browser.click(By.cssSelector(".ui-wizard-nav-next"));
    browser.visible(
        By.xpath("//*[contains(@class,'ui-message-error') and contains(., 'must lie in Nevada')]"));
    browser.screenshot("02-applicant-site-refused");
    browser.number("form:site_latitude", "37.7544");
    browser.number("form:site_longitude", "-117.6351");
    browser.next("Budget and schedule");
    browser.signOut();

    // session 2: resume the draft, money, documents, submit
    browser.signIn("alice");
    browser.click(By.id("navApplications"));
    browser.click(By.linkText(number));
    browser.click(By.id("actions:edit"));
    assertThat(browser.driver.findElement(By.id("form:title")).getAttribute("value"))
        .isEqualTo("Silver Peak brine expansion");
    browser.next("Site and output");
    browser.next("Budget and schedule");
    browser.number("form:totalProjectCost", "84000000");
    browser.number("form:federalAmountRequested", "42000000");
    browser.number("form:costShareCash", "40000000");
    browser.number("form:costShareInKind", "2000000");
    browser.date("form:startDate", "2027-06-01");
    browser.date("form:endDate", "2030-05-31");
    browser.click(By.id("form:addBudgetLine"));
    browser.choose("form:budget:0:category", "Equipment");
    browser.number("form:budget:0:amount", "84000000");
    browser.screenshot("03-applicant-budget");
    browser.next("Permits");
    browser.next("Documents");
    browser
        .driver
        .findElement(By.id("form:file_input"))
        .sendKeys(
            file("budget.pdf", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0})
                .toString());
    browser.visible(
        By.xpath("//*[contains(@class,'ui-message-error') and contains(., 'is not a PDF')]"));
    browser
        .driver
        .findElement(By.id("form:file_input"))
        .sendKeys(file("technical-volume.pdf", Api.pdf("tv")).toString());
    browser.waitForText(By.id("form:attachmentTable"), "technical-volume.pdf");
    browser.choose("form:uploadKind", "Budget justification");
    browser
        .driver
        .findElement(By.id("form:file_input"))
        .sendKeys(file("budget-justification.pdf", Api.pdf("bj")).toString());
    browser.waitForText(By.id("form:attachmentTable"), "budget-justification.pdf");
    browser.screenshot("04-applicant-documents");
    browser.next("Review and submit");
    browser.click(By.cssSelector("#form\\:ownershipCertified .ui-chkbox-box"));
    browser.click(By.id("form:submit"));
    browser.waitForText(By.id("status"), "Submitted");
    browser.screenshot("05-applicant-submitted");
    browser.signOut();

    // the program officer returns it
    browser.signIn("olivia");
    browser.openTask(number);
    browser.visible(By.id("form:decision"));
    browser.click(By.xpath("//label[starts-with(normalize-space(), 'Return to the applicant')]"));
    browser.type(By.id("form:reason"), "Add the letter of commitment from the offtaker.");
    browser.screenshot("06-officer-returns");
    browser.click(By.id("form:complete"));
    browser.waitForText(By.id("messages"), number + " returned to the applicant");
    browser.signOut();

    // the applicant corrects and resubmits from the inbox
    browser.signIn("alice");
    browser.openTask(number);
    browser.waitForText(By.id("returnReason"), "letter of commitment");
    browser.next("Site and output");
    browser.next("Budget and schedule");
    browser.next("Permits");
    browser.next("Documents");
    browser.choose("form:uploadKind", "Letter of commitment");
    browser
        .driver
        .findElement(By.id("form:file_input"))
        .sendKeys(file("offtake-letter.pdf", Api.pdf("loc")).toString());
    browser.waitForText(By.id("form:attachmentTable"), "offtake-letter.pdf");
    browser.next("Review and submit");
    browser.click(By.id("form:submit"));
    browser.waitForText(By.id("status"), "Submitted");
    browser.signOut();

    // the program officer accepts
    browser.signIn("olivia");
    browser.openTask(number);
    assertThat(browser.driver.findElements(By.cssSelector("#checklist .pi-check-circle")))
        .as("every completeness check passes")
        .hasSize(6);
    browser.click(By.xpath("//label[starts-with(normalize-space(), 'Accept for merit review')]"));
    browser.click(By.id("form:complete"));
    browser.waitForText(By.id("messages"), number + " accepted for merit review");
    browser.open("/app/applications.xhtml");
    browser.click(By.linkText(number));
    browser.waitForText(By.id("status"), "In merit review");
    assertThat(browser.driver.findElement(By.id("history")).getText())
        .contains(
            "Application submitted",
            "Application returned",
            "Application resubmitted",
            "Application accepted");
    browser.screenshot("07-officer-application");
    browser.signOut();

    browser.signIn("adam");
    assertThat(browser.driver.findElement(By.id("myApplications")).getText())
        .contains(number, "In merit review", "Next: Accepted for merit review");
    browser.screenshot("08-colleague-home-timeline");
  }
}
