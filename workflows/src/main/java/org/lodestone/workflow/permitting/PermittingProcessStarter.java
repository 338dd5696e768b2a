package org.lodestone.workflow.permitting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.lodestone.award.application.AwardOpened;
import org.lodestone.permitting.application.PermitDenied;
import org.lodestone.permitting.application.PermittingService;
import org.lodestone.permitting.application.TimetableChangeRequested;

/**
 * Starts the permitting processes in the transaction of the fact: a project's timetable with its
 * award, an approval with a large change, a decision with a denied permit.
 */
@ApplicationScoped
public class PermittingProcessStarter {

  @Inject private RuntimeService runtime;
  @Inject private PermittingService permitting;

  void onAwardOpened(@Observes AwardOpened opened) {
    runtime.startProcessInstanceByKey(
        PermittingProcess.ID,
        opened.number(),
        Map.of(PermittingProcess.AWARD_ID, opened.awardId()));
  }

  void onChangeRequested(@Observes TimetableChangeRequested requested) {
    runtime.startProcessInstanceByKey(
        PermittingProcess.CHANGE_ID,
        requested.awardNumber(),
        Map.of(
            PermittingProcess.CHANGE_REQUEST_ID, requested.requestId(),
            PermittingProcess.PERMIT_ID, requested.permitId()));
  }

  void onDenied(@Observes PermitDenied denied) {
    runtime.startProcessInstanceByKey(
        PermittingProcess.DENIED_ID,
        denied.awardNumber(),
        Map.of(
            PermittingProcess.PERMIT_ID, denied.permitId(),
            PermittingProcess.AWARD_ID, permitting.get(denied.permitId()).awardId()));
  }
}
