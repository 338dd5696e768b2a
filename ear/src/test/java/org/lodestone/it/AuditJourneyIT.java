package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.it.Api.work;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The auditor in headless Chromium: verifies the audit chain against its seals and seals it, traces
 * a released payment back to its evidence and its approvers, draws a sample to test, reads the
 * single-audit list, finds the exports and opens the list behind a dashboard figure; the recipient
 * reads its financial report.
 */
class AuditJourneyIT extends BrowserJourney {

  @Test
  void theAuditorTracesAReleasedPaymentBackToItsEvidenceAndApprovers() {
    long opportunity = Api.opportunity("Audit journey opportunity", "100000000.00");
    long award = DisbursementApiIT.activeAward(opportunity, "Audit journey project").get("award");
    var request = DisbursementApiIT.submitted(award, "audit-journey-1", "180000.00");
    long id = request.getLong("id");
    String number = request.getString("number");
    work(
        "olivia",
        "APPROVE_PAYMENT",
        id,
        Map.of("decision", "APPROVE", "amount", "175000.00", "reason", "Freight not allowable."));
    work("fiona", "CERTIFY_PAYMENT", id, Map.of("decision", "APPROVE"));
    DisbursementApiIT.released(id);

    browser.signIn("audrey");
    browser.click(By.id("navAudit"));
    browser.click(By.id("form:verify"));
    browser.waitForText(By.id("verdict"), "The chain is intact.");
    browser.click(By.id("seals:sealNow"));
    browser.waitForText(By.id("messages"), "sealed");
    browser.visible(By.id("seals:sealTable"));
    browser.screenshot("60-auditor-verifies-and-seals");

    browser.open("/app/payment-request.xhtml?id=" + id);
    browser.click(By.id("traceLink"));
    browser.waitForText(By.id("traceVerdict"), "Every audit event of this payment is intact");
    browser.waitForText(By.id("traceApprovals"), "Freight not allowable.");
    String approvals = browser.visible(By.id("traceApprovals")).getText();
    assertThat(approvals).contains("olivia").contains("fiona").contains("Program officer");
    String evidence = browser.visible(By.id("traceEvidence")).getText();
    assertThat(evidence).containsPattern("[0-9a-f]{64}").contains("Payment request");
    browser.waitForText(By.id("tracePaymentReference"), number.replace("PR-", "PAY-"));
    browser.waitForText(By.id("traceEvents"), "PaymentReleased");
    browser.screenshot("61-auditor-traces-a-payment");

    browser.click(By.id("navAudit"));
    browser.number("sample:size", "1");
    browser.click(By.id("sample:draw"));
    browser.click(By.cssSelector("#sample\\:sampleTable a"));
    browser.waitForText(By.id("traceEvents"), "PaymentReleased");

    browser.click(By.id("navSingleAudit"));
    browser.waitForText(By.id("singleAudit:recipients"), "Great Basin Lithium");
    browser.screenshot("62-single-audit");
    browser.click(By.id("navAwards"));
    browser.visible(By.id("exportOcds"));
    browser.click(By.id("navDashboard"));
    browser.visible(By.cssSelector("#charts\\:pipelineChart canvas"));
    browser.visible(By.cssSelector("#charts\\:fundsChart canvas"));
    browser.waitForText(By.id("fundsFigures"), "DE-FOA-0003401");
    browser.screenshot("64-program-dashboard");
    browser.click(By.linkText("Paused"));
    browser.waitForText(By.id("filter"), "Paused");
    browser.signOut();

    browser.signIn("alice");
    browser.open("/app/award.xhtml?id=" + award);
    browser.click(By.id("financialReport"));
    browser.waitForText(By.id("lines"), "Remaining recipient share to be provided");
    browser.screenshot("63-recipient-financial-report");
  }
}
