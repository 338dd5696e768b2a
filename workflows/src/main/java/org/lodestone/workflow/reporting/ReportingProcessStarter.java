package org.lodestone.workflow.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.lodestone.award.application.AwardAccepted;
import org.lodestone.identity.Caller;
import org.lodestone.reporting.application.ReportOpened;
import org.lodestone.reporting.domain.ReportKind;

/**
 * Connects reporting facts to the processes, inside the transaction that records them: an accepted
 * award starts its reporting calendar, an opened report its own process.
 */
@ApplicationScoped
public class ReportingProcessStarter {

  @Inject private RuntimeService runtime;

  void onAccepted(@Observes AwardAccepted accepted) {
    runtime.startProcessInstanceByKey(
        ReportingProcess.SCHEDULE,
        accepted.number(),
        Map.of(
            ReportingProcess.AWARD_ID, accepted.awardId(),
            ReportingProcess.APPLICANT_GROUP, Caller.organizationGroup(accepted.organizationId())));
  }

  void onOpened(@Observes ReportOpened opened) {
    runtime.startProcessInstanceByKey(
        opened.kind() == ReportKind.PROGRESS
            ? ReportingProcess.PROGRESS
            : ReportingProcess.FINANCIAL,
        opened.number(),
        Map.of(
            ReportingProcess.REPORT_ID, opened.reportId(),
            ReportingProcess.AWARD_ID, opened.awardId(),
            ReportingProcess.APPLICANT_GROUP, Caller.organizationGroup(opened.organizationId()),
            ReportingProcess.LATE_AT, Date.from(opened.lateAt())));
  }
}
