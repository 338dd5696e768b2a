package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The intake slice in headless Chromium: an applicant submits, a program officer screens. */
@ExtendWith(ArquillianExtension.class)
class IntakeJourneyIT {

  private Browser browser;

  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure =
      context -> {
        if (context.getExecutionException().isPresent()) {
          browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        }
      };

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void start() {
    browser = new Browser();
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void applicantSubmitsInTheBrowserAndProgramOfficerAcceptsFromTheInbox() {
    browser.signIn("alice");
    browser.screenshot("01-applicant-home");
    browser.click(By.id("navNewApplication"));
    browser.choose("form:opportunityId", "DE-FOA-0003401");
    browser.type(By.id("form:title"), "Silver Peak brine expansion");
    browser.click(By.id("form:submit"));
    browser.visible(
        By.xpath(
            "//*[contains(@class,'ui-message-error') and contains(., 'Summary is required')]"));
    assertThat(browser.driver.findElement(By.id("form:title")).getAttribute("value"))
        .as("what was typed survives the refusal")
        .isEqualTo("Silver Peak brine expansion");
    browser.screenshot("02-applicant-form-errors");

    browser.type(
        By.id("form:summary"),
        "Expand lithium carbonate output by 10,000 t/yr with direct lithium extraction.");
    browser.type(By.id("form:federalAmountRequested_input"), "42000000");
    browser.click(By.id("form:submit"));
    browser.waitForText(By.id("status"), "Submitted");
    String number = browser.driver.findElement(By.className("ls-title")).getText();
    assertThat(number).matches("APP-\\d{4}-\\d{6}");
    browser.screenshot("03-applicant-submitted");
    browser.signOut();

    browser.signIn("olivia");
    browser.click(By.id("navInbox"));
    browser.click(
        By.xpath(
            "//tr[td[normalize-space()='" + number + "']]//a[contains(@class,'ls-task-link')]"));
    browser.visible(By.id("form:decision"));
    browser.screenshot("04-officer-screening");
    browser.click(By.xpath("//label[starts-with(normalize-space(), 'Accept for merit review')]"));
    browser.click(By.id("form:complete"));
    browser.waitForText(By.id("messages"), number + " accepted for merit review");
    browser.screenshot("05-officer-inbox-after");

    browser.open("/app/applications.xhtml");
    browser.click(By.linkText(number));
    browser.waitForText(By.id("status"), "In merit review");
    assertThat(browser.driver.findElement(By.id("history")).getText())
        .contains("Application drafted", "Application submitted", "Application accepted");
    browser.screenshot("06-officer-application");
  }
}
