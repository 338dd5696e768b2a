package org.lodestone.workflow.award;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.lodestone.award.domain.Award;
import org.lodestone.shared.SubjectKind;
import org.lodestone.workflow.inbox.MaxLength;
import org.lodestone.workflow.inbox.Required;
import org.lodestone.workflow.inbox.TaskCatalogue;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.TaskType;

/** The work of awards, conditions and amendments, each with the command that completes it. */
public enum AwardTasks implements TaskType {
  PREPARE_AWARD(
      "Award preparation", SubjectKind.AWARD, PrepareAward.class, AwardProcess.TASK_PREPARE),
  SIGN_AWARD("Award signature", SubjectKind.AWARD, SignAward.class, AwardProcess.TASK_SIGN),
  ACCEPT_AWARD("Award acceptance", SubjectKind.AWARD, AcceptAward.class, AwardProcess.TASK_ACCEPT),
  GO_NO_GO("Go/no-go decision", SubjectKind.AWARD, GoNoGo.class, AwardProcess.TASK_GO_NO_GO),
  REVIEW_CURE(
      "Review of a cure", SubjectKind.CONDITION, ReviewCure.class, AwardProcess.TASK_REVIEW_CURE),
  APPROVE_AMENDMENT(
      "Amendment decision",
      SubjectKind.AMENDMENT,
      DecideAmendment.class,
      AwardProcess.TASK_APPROVE_AMENDMENT);

  private final Definition definition;

  AwardTasks(
      String label, SubjectKind subject, Class<? extends TaskCommand> command, String... steps) {
    this.definition = Definition.of(label, subject, command, steps);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  public enum SignatureDecision {
    APPROVE,
    RETURN
  }

  public enum AcceptanceDecision {
    ACCEPT,
    DECLINE
  }

  public enum GoDecision {
    GO,
    NO_GO
  }

  public enum CureDecision {
    REMOVE,
    KEEP
  }

  public enum AmendmentDecision {
    APPROVE,
    REJECT
  }

  /** The terms are saved with PUT /awards/{id}; preparing sends them for signature. */
  public record PrepareAward() implements TaskCommand {}

  public record SignAward(
      @Required SignatureDecision decision, @MaxLength(Award.TEXT_MAX) String reason)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(AwardProcess.SIGNATURE_DECISION, decision.name());
    }
  }

  public record AcceptAward(
      @Required AcceptanceDecision decision,
      Boolean feocCertified,
      @MaxLength(Award.TEXT_MAX) String reason)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(AwardProcess.ACCEPTANCE_DECISION, decision.name());
    }
  }

  public record GoNoGo(
      @Required GoDecision decision, @Required @MaxLength(Award.TEXT_MAX) String justification)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(AwardProcess.GO_DECISION, decision.name());
    }
  }

  public record ReviewCure(
      @Required CureDecision decision, @Required @MaxLength(Award.TEXT_MAX) String reason)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(AwardProcess.CURE_DECISION, decision.name());
    }
  }

  public record DecideAmendment(
      @Required AmendmentDecision decision, @MaxLength(Award.TEXT_MAX) String reason)
      implements TaskCommand {
    @Override
    public Map<String, Object> processVariables() {
      return Map.of(AwardProcess.AMENDMENT_DECISION, decision.name());
    }
  }

  /** Awards' entry in the inbox. */
  @ApplicationScoped
  public static class Catalogue implements TaskCatalogue {
    @Override
    public List<AwardTasks> taskTypes() {
      return List.of(values());
    }
  }
}
