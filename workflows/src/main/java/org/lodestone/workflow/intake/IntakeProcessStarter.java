package org.lodestone.workflow.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.lodestone.identity.Caller;
import org.lodestone.intake.application.ApplicationSubmitted;
import org.lodestone.shared.StateConflictException;

/**
 * Starts the intake process when an application is submitted (business key: its number), and
 * completes the applicant's correction task when it is resubmitted. Runs inside the submitting
 * transaction.
 */
@ApplicationScoped
public class IntakeProcessStarter {

  @Inject private RuntimeService runtime;
  @Inject private TaskService tasks;

  void onSubmitted(@Observes ApplicationSubmitted submitted) {
    if (submitted.resubmission()) {
      Task correction =
          tasks
              .createTaskQuery()
              .processInstanceBusinessKey(submitted.number())
              .taskDefinitionKey(IntakeProcess.TASK_CORRECT)
              .singleResult();
      if (correction == null) {
        throw new StateConflictException(
            "application " + submitted.number() + " has no open correction request");
      }
      tasks.complete(correction.getId());
      return;
    }
    runtime.startProcessInstanceByKey(
        IntakeProcess.ID,
        submitted.number(),
        Map.of(
            IntakeProcess.APPLICATION_ID,
            submitted.applicationId(),
            IntakeProcess.APPLICANT_GROUP,
            Caller.organizationGroup(submitted.organizationId())));
  }
}
