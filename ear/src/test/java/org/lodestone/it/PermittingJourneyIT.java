package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A permitting timetable in headless Chromium: the specialist records a delay with its reason and
 * is refused inside the 30-day window; a large move of a date a milestone waits for goes to the
 * program officer, who approves it; the milestone shows that it is blocked by a pending permit.
 */
class PermittingJourneyIT extends BrowserJourney {

  @Test
  void theSpecialistRecordsADelayTheOfficerApprovesALargeMoveAndTheMilestoneIsBlocked() {
    long opportunity = Api.opportunity("Permitting journey opportunity", "200000000.00");
    long[] ids =
        PermittingApiIT.activeAwardWithMilestoneOnPermit(opportunity, "Browser permitting project");
    long award = ids[0];
    Api.as("pat")
        .body(
            Map.of(
                "type", "AIR", "agency", "NDEP", "targetDate", Api.today().plusDays(20).toString()))
        .post("/awards/" + award + "/permits")
        .then()
        .statusCode(201);
    String number = AwardApiIT.award("olivia", award).getString("number");

    browser.signIn("pat");
    browser.click(By.id("navPermitting"));
    browser.visible(By.id("counts"));
    browser.open("/app/timetable.xhtml?award=" + award);
    browser.waitForText(By.id("chart"), "State mining permit");
    browser.choose("change:permit", "State mining permit");
    browser.date("change:targetDate", "2027-09-15");
    browser.choose("change:reasonCategory", "Project sponsor");
    browser.type(By.id("change:reason"), "The baseline survey ran two weeks late.");
    browser.click(By.id("change:save"));
    browser.waitForText(By.id("messages"), "State mining permit changed.");
    browser.waitForText(By.id("history"), "The baseline survey ran two weeks late.");

    browser.choose("change:permit", "Air quality permit");
    browser.date("change:targetDate", Api.today().plusDays(50).toString());
    browser.choose("change:reasonCategory", "Agency resources");
    browser.type(By.id("change:reason"), "Agency backlog.");
    browser.click(By.id("change:save"));
    browser.waitForText(By.id("messages"), "Please correct");
    browser.waitForText(By.id("change"), "does not change within 30 days before it");

    browser.choose("change:permit", "State mining permit");
    browser.date("change:targetDate", "2027-11-30");
    browser.choose("change:reasonCategory", "Agency resources");
    browser.type(By.id("change:reason"), "The state agency lost its reviewing geologist.");
    browser.screenshot("50-specialist-moves-a-gating-date");
    browser.click(By.id("change:save"));
    browser.waitForText(By.id("messages"), "waits for a program officer's approval");
    browser.signOut();

    browser.signIn("olivia");
    browser.openTask(number);
    browser.waitForText(By.id("work"), "asks to move it from");
    browser.screenshot("51-officer-approves-timetable-change");
    browser.click(By.xpath("//button[normalize-space()='Approve the change']"));
    browser.waitForText(By.id("messages"), "Change approved: the date has moved.");
    browser.waitForText(By.id("actions"), "Nov 30, 2027");
    browser.open("/app/award.xhtml?id=" + award);
    browser.waitForText(By.id("milestones"), "Blocked until these permits are complete");
    browser.screenshot("52-milestone-blocked-by-permit");
    assertThat(AwardApiIT.award("olivia", award).getList("milestones[0].blockedByPermitIds"))
        .hasSize(1);
  }
}
