package org.lodestone.award.application;

import java.time.LocalDate;
import org.lodestone.award.domain.Amendment;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.SpecialCondition;
import org.lodestone.notification.domain.Notice;

/** What the award context tells people, in the program's words. */
final class AwardNotices {

  private AwardNotices() {}

  static Notice toSign(Award award) {
    return new Notice(
        "Award to sign: " + award.number(),
        "The terms of award "
            + award.number()
            + " ("
            + award.obligatedAmount().formatted()
            + ") were prepared by "
            + award.preparedBy()
            + " and await your signature.");
  }

  static Notice returned(Award award) {
    return new Notice(
        "Award terms returned: " + award.number(),
        "The selecting official returned the terms of award "
            + award.number()
            + ": "
            + award.returnedReason());
  }

  static Notice offered(Award award) {
    return new Notice(
        "Award offered: " + award.number(),
        "Your organization is offered award "
            + award.number()
            + " of "
            + award.obligatedAmount().formatted()
            + ". Read the notice of award and accept or decline it.");
  }

  static Notice answered(Award award, boolean accepted) {
    return new Notice(
        (accepted ? "Award accepted: " : "Award declined: ") + award.number(),
        accepted
            ? "The recipient accepted award "
                + award.number()
                + "; "
                + award.obligatedAmount().formatted()
                + " is obligated and budget period 1 is authorized."
            : "The recipient declined award "
                + award.number()
                + ": "
                + award.statusReason()
                + ". Its funds are free again.");
  }

  static Notice imposed(Award award, SpecialCondition c) {
    return new Notice(
        "Special condition on award " + award.number(),
        "A special condition ("
            + c.effect()
            + ") was placed on award "
            + award.number()
            + ". Reason: "
            + c.reason()
            + " To have it removed: "
            + c.cure()
            + " Deadline: "
            + c.deadline()
            + ". You may ask the program officer to reconsider the condition in writing within"
            + " 30 days, stating why it should not apply (2 CFR 200.208 and 200.211).");
  }

  static Notice cureSubmitted(Award award, SpecialCondition c) {
    return new Notice(
        "Cure submitted: " + c.number(),
        "The recipient of award "
            + award.number()
            + " submitted a cure for condition "
            + c.number()
            + ". Review it and remove or keep the condition.");
  }

  static Notice cureDecided(Award award, SpecialCondition c) {
    return new Notice(
        "Condition " + c.number() + (c.active() ? " kept" : " removed"),
        "Condition "
            + c.number()
            + " on award "
            + award.number()
            + (c.active() ? " remains in force: " : " was removed: ")
            + c.decisionReason());
  }

  static Notice missed(Award award, SpecialCondition c, LocalDate deadline) {
    return new Notice(
        "Cure deadline missed: " + c.number(),
        "The deadline of "
            + deadline
            + " for condition "
            + c.number()
            + " on award "
            + award.number()
            + " passed without an accepted cure. Extend the deadline or suspend the award.");
  }

  static Notice amendmentRequested(Award award, Amendment a) {
    return new Notice(
        "Amendment to decide: " + a.number(),
        a.requestedBy()
            + " asked for a "
            + a.type()
            + " amendment of award "
            + award.number()
            + ": "
            + a.reason());
  }

  static Notice amendmentDecided(Award award, Amendment a) {
    return new Notice(
        "Amendment " + a.number() + " " + a.status().name().toLowerCase(),
        "Amendment "
            + a.number()
            + " of award "
            + award.number()
            + " was "
            + a.status().name().toLowerCase()
            + " by "
            + a.decidedBy()
            + (a.decisionReason() == null ? "." : ": " + a.decisionReason()));
  }

  static Notice closed(Award award) {
    return new Notice(
        "Award closed: " + award.number(),
        "Award "
            + award.number()
            + " is closed. "
            + (award.deobligatedAtCloseout().signum() > 0
                ? award.deobligatedAtCloseout().formatted()
                    + " that was not drawn has been de-obligated."
                : "Every obligated dollar was drawn."));
  }
}
