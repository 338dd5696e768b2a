package org.lodestone.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A payment in headless Chromium: the recipient sees which milestones are payable and why not,
 * requests a reimbursement (refused first with each failing check named), the program officer and a
 * finance officer approve it on the disbursement desk, and the auditor reads the released payment
 * in the award's ledger and drawdown chart.
 */
class DisbursementJourneyIT extends BrowserJourney {

  @Test
  void theRecipientRequestsTheOfficersApproveAndTheAuditorReadsTheLedger() throws IOException {
    long opportunity = Api.opportunity("Payment journey opportunity", "100000000.00");
    Map<String, Long> ids = DisbursementApiIT.activeAward(opportunity, "Browser payment project");
    long award = ids.get("award");

    browser.signIn("alice");
    browser.open("/app/payments.xhtml?award=" + award);
    browser.waitForText(By.id("payability"), "permit pending: State mining permit");
    browser.choose("request:type", "Reimbursement");
    browser.number("request:amount", "150000");
    browser.date("request:periodStart", "2026-10-01");
    browser.date("request:periodEnd", "2026-10-31");
    browser.choose("request:costs:0:costCategory", "Personnel");
    browser.number("request:costs:0:costAmount", "150000");
    browser.number("request:costShareCash", "150000");
    Path invoices = Files.createTempDirectory("lodestone-upload").resolve("october-invoices.pdf");
    Files.write(invoices, Api.pdf("October invoices"));
    browser.driver.findElement(By.id("request:requestFile_input")).sendKeys(invoices.toString());
    browser.waitForText(By.id("request:requestUploads"), "october-invoices.pdf");
    browser.click(By.id("request:submitRequest"));
    browser.waitForText(By.id("messages"), "certify that the costs are allowable");
    browser.screenshot("50-recipient-request-refused");
    browser.click(By.cssSelector("#request\\:costsAllowable .ui-chkbox-box"));
    browser.click(By.cssSelector("#request\\:feocOwnershipUnchanged .ui-chkbox-box"));
    browser.click(By.id("request:submitRequest"));
    browser.waitForText(By.id("messages"), "submitted; the program officer approves it first");
    browser.waitForText(By.id("requestStatus"), "Awaiting approval");
    String number = browser.visible(By.id("requestNumber")).getText();
    browser.screenshot("51-recipient-request-submitted");
    browser.signOut();

    browser.signIn("olivia");
    browser.click(By.id("navDisbursements"));
    browser.waitForText(By.id("desk"), number);
    browser.screenshot("52-disbursement-desk");
    browser.click(By.linkText(number));
    browser.waitForText(By.id("checks"), "0 failing");
    browser.number("decision:amount", "140000");
    browser.click(By.id("decision:approve"));
    browser.waitForText(By.id("decision"), "say why the amount is reduced");
    browser.type(By.id("decision:reason"), "Conference travel is not allowable.");
    browser.click(By.id("decision:approve"));
    browser.waitForText(By.id("messages"), "Approved $140,000.00");
    browser.waitForText(By.id("nextStep"), "Finance certification");
    browser.signOut();

    browser.signIn("fiona");
    browser.openTask(number);
    browser.waitForText(By.id("approvedAmount"), "$140,000.00");
    browser.screenshot("53-finance-certifies");
    browser.click(By.id("decision:approve"));
    browser.waitForText(By.id("messages"), "Approved");
    long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    await()
        .atMost(30, SECONDS)
        .until(
            () ->
                "RELEASED"
                    .equals(DisbursementApiIT.paymentRequest("fiona", id).getString("status")));
    browser.signOut();

    browser.signIn("audrey");
    browser.open("/app/payment-request.xhtml?id=" + id);
    browser.waitForText(By.id("requestStatus"), "Released");
    browser.waitForText(By.id("paymentReference"), number.replace("PR-", "PAY-"));
    browser.waitForText(By.id("approvals"), "Conference travel is not allowable.");
    browser.click(By.linkText("award " + AwardApiIT.award("audrey", award).getString("number")));
    browser.waitForText(By.id("drawdown"), number.replace("PR-", "PAY-"));
    assertThat(browser.visible(By.id("disbursed")).getText()).isEqualTo("$140,000.00");
    browser.visible(By.cssSelector("#drawdown svg path.drawn"));
    browser.screenshot("54-auditor-reads-the-ledger");
  }
}
