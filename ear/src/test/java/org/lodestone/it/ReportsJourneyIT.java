package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Reports and closeout in headless Chromium: the recipient finds its reports owed, writes and sends
 * a progress report (a missing field named on the page first) and certifies a financial report; the
 * program officer returns the progress report without a reason (refused), then accepts it, and is
 * refused the closing while the final reports are missing; the auditor traces the award to its
 * reports and their audit events.
 */
class ReportsJourneyIT extends BrowserJourney {

  @Test
  void theRecipientSendsItsReportsTheOfficerReviewsThemAndTheAuditorTracesTheAward() {
    long opportunity = Api.opportunity("Reports journey opportunity", "100000000.00");
    long award = ReportsApiIT.completedAward(opportunity, "Reports journey project");
    List<Map<String, Object>> rows = ReportsApiIT.reports("alice", award);
    Map<String, Object> progress = ReportsApiIT.firstQuarterly(rows, "PROGRESS");
    Map<String, Object> financial = ReportsApiIT.firstQuarterly(rows, "FINANCIAL");
    String number = (String) progress.get("number");

    browser.signIn("alice");
    browser.click(By.id("navReports"));
    browser.type(By.id("filter:search"), AwardApiIT.award("alice", award).getString("number"));
    browser.waitForText(By.id("reports"), number);
    browser.screenshot("70-recipient-reports");
    browser.click(By.linkText(number));
    browser.type(By.id("progress:narrative"), "Two wells drilled and cased; flow tests at 95%.");
    browser.type(By.id("progress:milestoneStatus"), "Pilot wells producing: met.");
    browser.number("progress:jobs", "64");
    browser.click(By.id("progress:send"));
    browser.waitForText(By.id("progress"), "Permit status is required");
    browser.type(By.id("progress:permitStatus"), "State mining permit issued.");
    browser.number("progress:capacity:0:tonnes", "2500");
    browser.click(By.id("progress:send"));
    browser.waitForText(By.id("reportStatus"), "Awaiting review");
    browser.waitForText(By.id("sent"), "Lithium: 2,500 t/y");
    browser.screenshot("71-recipient-sent-progress-report");

    browser.open("/app/report.xhtml?id=" + financial.get("id"));
    browser.visible(By.id("line-10d"));
    browser.click(By.id("certification:certify"));
    browser.waitForText(By.id("certification"), "must be true");
    browser.click(By.cssSelector("#certification\\:certified .ui-chkbox-box"));
    browser.click(By.id("certification:certify"));
    browser.waitForText(By.id("reportStatus"), "Certified");
    browser.waitForText(By.id("lines"), "SF-425 lines as certified");
    browser.signOut();

    browser.signIn("olivia");
    browser.openTask(number);
    browser.click(By.id("review:return"));
    browser.waitForText(By.id("review"), "required");
    browser.type(By.id("review:reason"), "Complete and consistent with the ledger.");
    browser.click(By.id("review:accept"));
    browser.waitForText(By.id("reportStatus"), "Accepted");
    browser.open("/app/closeout.xhtml?award=" + award);
    browser.waitForText(By.id("blockers"), "FINAL (due)");
    browser.click(By.id("closing:close"));
    browser.waitForText(By.id("messages"), "Reports missing: Progress report");
    browser.screenshot("72-closeout-refused-while-reports-are-missing");
    assertThat(AwardApiIT.award("olivia", award).getString("status")).isEqualTo("CLOSING");
    browser.signOut();

    browser.signIn("audrey");
    browser.open("/app/award.xhtml?id=" + award);
    browser.click(By.id("awardTrace"));
    browser.waitForText(By.id("traceVerdict"), "Every audit event of this award is intact");
    browser.waitForText(By.id("traceReports"), number);
    browser.waitForText(By.id("traceEvents"), "ProgressReportAccepted");
    browser.waitForText(By.id("traceEvents"), "FinancialReportCertified");
    browser.screenshot("73-auditor-traces-an-award");
  }
}
