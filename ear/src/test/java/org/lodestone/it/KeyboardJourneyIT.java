package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Each role's main step with the keyboard alone, as Section 508 (WCAG 2.1.1) asks: applicant,
 * program officer, reviewer, permitting specialist, selecting official, independent engineer,
 * finance officer, administrator and auditor sign in, reach the navigation, their work and the form
 * controls with Tab, choose with Space and act with Enter.
 */
class KeyboardJourneyIT extends BrowserJourney {

  @Test
  void everyRolesMainStepWorksByKeyboardAlone() {
    long opportunity = Api.opportunity("Keyboard journey opportunity", "100000000.00");
    Map<String, Object> body = Api.complete("Keyboard brine project");
    body.put("opportunityId", opportunity);
    long id = Api.draft("alice", body);
    Api.attachRequired("alice", id);
    String number = Api.application("alice", id).getString("number");

    browser.signInByKeyboard("alice");
    browser.tabTo(By.id("navApplications"));
    browser.keys(Keys.ENTER);
    browser.tabTo(By.linkText(number));
    browser.keys(Keys.ENTER);
    browser.tabTo(By.id("actions:submit"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("messages"), "Application " + number + " submitted");
    browser.signOut();

    browser.signInByKeyboard("olivia");
    browser.openTaskByKeyboard(number);
    browser.tabTo(By.id("form:decision:0"));
    browser.keys(Keys.SPACE);
    browser.tabTo(By.id("form:complete"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("messages"), number + " accepted for merit review");
    browser.signOut();

    Api.work("olivia", "ASSIGN_REVIEWERS", id, Map.of("reviewers", List.of("rita", "ravi")));
    browser.signInByKeyboard("rita");
    browser.openTaskByKeyboard(number);
    browser.tabTo(By.id("form:conflict:0"));
    browser.keys(Keys.SPACE);
    browser.tabTo(By.id("form:declare"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("messages"), "No conflict declared");
    assertThat(Api.taskFor("rita", "SCORE_APPLICATION", id)).isNotNull();
    browser.signOut();

    browser.signInByKeyboard("pat");
    browser.openTaskByKeyboard(number);
    browser.tabTo(By.id("form:nepaClass:0"));
    browser.keys(Keys.SPACE);
    browser.tabTo(By.id("form:complete"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("messages"), "screening recorded for " + number);
    browser.signOut();

    Api.work("olivia", "RISK_REVIEW", id, Map.of("rating", "LOW"));
    Api.work(
        "rita",
        "SCORE_APPLICATION",
        id,
        Map.of("scores", Api.scores(4, 4, 4, 4), "comments", "Sound flowsheet."));
    Api.work("ravi", "DECLARE_CONFLICT", id, Map.of("conflict", false));
    Api.work(
        "ravi",
        "SCORE_APPLICATION",
        id,
        Map.of("scores", Api.scores(4, 5, 4, 3), "comments", "Strong offtake."));
    browser.signInByKeyboard("sam");
    browser.openTaskByKeyboard(number);
    browser.tabTo(By.id("form:decision:0"));
    browser.keys(Keys.SPACE);
    browser.tabTo(By.id("form:justification"));
    browser.keys("Ranks first; within the funds.");
    browser.tabTo(By.id("form:complete"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("messages"), "Selection decision recorded for " + number);
    assertThat(Api.application("alice", id).getString("status")).isEqualTo("SELECTED");
    browser.signOut();

    long award = AwardApiIT.awardOf(id);
    long permit =
        Api.as("olivia").get("/awards/" + award + "/permits").jsonPath().getLong("[0].id");
    Api.as("olivia")
        .body(AwardApiIT.terms(AwardApiIT.award("olivia", award).getLong("version"), permit))
        .put("/awards/" + award)
        .then()
        .statusCode(200);
    Api.work("olivia", "PREPARE_AWARD", award, Map.of());
    String awardNumber = AwardApiIT.award("olivia", award).getString("number");
    browser.signInByKeyboard("sam");
    browser.openTaskByKeyboard(awardNumber);
    browser.tabTo(By.id("actions:sign"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("messages"), "Award signed and offered to the recipient.");
    browser.signOut();

    browser.signInByKeyboard("alice");
    browser.openTaskByKeyboard(awardNumber);
    browser.tabTo(By.id("actions:feocCertified_input"));
    browser.keys(Keys.SPACE);
    browser.tabTo(By.id("actions:accept"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("messages"), "Award accepted: the funds are obligated.");
    assertThat(AwardApiIT.award("alice", award).getString("status")).isEqualTo("ACTIVE");
    browser.signOut();

    // the independent engineer certifies a milestone; a finance officer certifies its payment
    long milestone = AwardApiIT.award("alice", award).getLong("milestones[0].id");
    long evidence = DisbursementApiIT.document("alice", award, "MILESTONE");
    Api.as("alice")
        .body(Map.of("summary", "Commissioned.", "documentIds", java.util.List.of(evidence)))
        .post("/milestones/" + milestone + "/completion")
        .then()
        .statusCode(200);
    browser.signInByKeyboard("ivan");
    browser.openTaskByKeyboard(awardNumber + "/M1");
    browser.tabTo(By.xpath("//button[normalize-space()='Certify the milestone']"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("messages"), "Milestone certified");
    browser.signOut();
    Api.as("pat")
        .body(Map.of("actualDate", Api.today().toString()))
        .patch("/permits/" + permit)
        .then()
        .statusCode(200);
    Api.work("olivia", "ACCEPT_MILESTONE", milestone, Map.of("decision", "ACCEPT"));
    io.restassured.path.json.JsonPath request =
        DisbursementApiIT.request(
                "alice",
                award,
                "keyboard-1",
                DisbursementApiIT.milestonePayment(milestone, "5000000.00", evidence))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    Api.work("olivia", "APPROVE_PAYMENT", request.getLong("id"), Map.of("decision", "APPROVE"));
    browser.signInByKeyboard("fiona");
    browser.openTaskByKeyboard(request.getString("number"));
    browser.tabTo(By.id("decision:approve"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("messages"), "Approved");
    browser.signOut();

    browser.signInByKeyboard("admin");
    browser.tabTo(By.id("navReferenceData"));
    browser.keys(Keys.ENTER);
    browser.tabTo(By.id("form:code"));
    browser.keys("KEYBOARD_SCANDIUM", Keys.TAB, "Scandium (keyboard journey)");
    browser.tabTo(By.id("form:add"));
    browser.keys(Keys.ENTER);
    browser.waitForText(
        By.id("messages"), "Scandium (keyboard journey) added to the critical minerals list");
    browser.signOut();

    long closing = ReportsApiIT.completedAward(opportunity, "Keyboard closeout project");
    List<Map<String, Object>> reports = ReportsApiIT.reports("alice", closing);
    long financial = ReportsApiIT.id(ReportsApiIT.firstQuarterly(reports, "FINANCIAL"));
    long progress = ReportsApiIT.id(ReportsApiIT.firstQuarterly(reports, "PROGRESS"));
    Api.work("alice", "SUBMIT_PROGRESS_REPORT", progress, ReportsApiIT.PROGRESS);
    browser.signInByKeyboard("alice");
    browser.tabTo(By.id("navReports"));
    browser.keys(Keys.ENTER);
    browser.visible(By.id("reports"));
    browser.open("/app/report.xhtml?id=" + financial);
    browser.tabTo(By.id("certification:certified_input"));
    browser.keys(Keys.SPACE);
    browser.tabTo(By.id("certification:certify"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("reportStatus"), "Certified");
    browser.signOut();

    browser.signInByKeyboard("olivia");
    browser.open("/app/report.xhtml?id=" + progress);
    browser.tabTo(By.id("review:accept"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("reportStatus"), "Accepted");
    browser.signOut();

    browser.signInByKeyboard("audrey");
    browser.tabTo(By.id("navAudit"));
    browser.keys(Keys.ENTER);
    browser.tabTo(By.id("form:verify"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("verdict"), "The chain is intact.");
    browser.screenshot("40-auditor-verifies-by-keyboard");
    DisbursementApiIT.released(request.getLong("id"));
    browser.open("/app/payment-request.xhtml?id=" + request.getLong("id"));
    browser.tabTo(By.id("traceLink"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("traceVerdict"), "Every audit event of this payment is intact");
    browser.tabTo(By.id("navSingleAudit"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("singleAudit:recipients"), "Great Basin Lithium");
    browser.tabTo(By.id("navDashboard"));
    browser.keys(Keys.ENTER);
    browser.tabTo(By.linkText("Missed target date"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("filter"), "Missed");
    browser.open("/app/award.xhtml?id=" + closing);
    browser.tabTo(By.xpath("//*[@id='awardTrace']/descendant-or-self::a"));
    browser.keys(Keys.ENTER);
    browser.waitForText(By.id("traceEvents"), "ProgressReportAccepted");
  }
}
