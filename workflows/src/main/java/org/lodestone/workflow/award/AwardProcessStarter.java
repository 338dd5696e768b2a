package org.lodestone.workflow.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.lodestone.award.application.AmendmentRequested;
import org.lodestone.award.application.AwardOpened;
import org.lodestone.award.application.ConditionChanged;
import org.lodestone.award.application.ConditionImposed;
import org.lodestone.identity.Caller;

/**
 * Connects award facts to the processes, inside the transaction that records them: an opened award
 * starts its process, a condition and an amendment theirs, and a cure or an extension is told to
 * the condition's process.
 */
@ApplicationScoped
public class AwardProcessStarter {

  @Inject private RuntimeService runtime;

  void onOpened(@Observes AwardOpened opened) {
    runtime.startProcessInstanceByKey(
        AwardProcess.ID,
        opened.number(),
        Map.of(
            AwardProcess.AWARD_ID, opened.awardId(),
            AwardProcess.APPLICANT_GROUP, Caller.organizationGroup(opened.organizationId())));
  }

  void onImposed(@Observes ConditionImposed imposed) {
    runtime.startProcessInstanceByKey(
        AwardProcess.CONDITION_ID_PROCESS,
        imposed.number(),
        Map.of(
            AwardProcess.CONDITION_ID, imposed.conditionId(),
            AwardProcess.AWARD_ID, imposed.awardId(),
            AwardProcess.APPLICANT_GROUP, Caller.organizationGroup(imposed.organizationId()),
            AwardProcess.CONDITION_DEADLINE, Date.from(imposed.deadline())));
  }

  /**
   * A cure ends the wait for it; an extension sets the new deadline (wherever the process is) and
   * restarts the wait with it, if the process is waiting.
   */
  void onConditionChanged(@Observes ConditionChanged changed) {
    if (changed.cureSubmitted()) {
      runtime
          .createMessageCorrelation(AwardProcess.MESSAGE_CURE_SUBMITTED)
          .processInstanceBusinessKey(changed.number())
          .correlate();
      return;
    }
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(AwardProcess.CONDITION_ID_PROCESS)
        .processInstanceBusinessKey(changed.number())
        .list()
        .forEach(
            p ->
                runtime.setVariable(
                    p.getId(), AwardProcess.CONDITION_DEADLINE, Date.from(changed.deadline())));
    runtime
        .createMessageCorrelation(AwardProcess.MESSAGE_CONDITION_EXTENDED)
        .processInstanceBusinessKey(changed.number())
        .correlateAll();
  }

  void onAmendmentRequested(@Observes AmendmentRequested requested) {
    runtime.startProcessInstanceByKey(
        AwardProcess.AMENDMENT_ID_PROCESS,
        requested.number(),
        Map.of(
            AwardProcess.AMENDMENT_ID, requested.amendmentId(),
            AwardProcess.AWARD_ID, requested.awardId()));
  }
}
