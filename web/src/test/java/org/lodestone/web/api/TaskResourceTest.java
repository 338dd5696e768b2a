package org.lodestone.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.junit.jupiter.api.Test;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.TaskType;
import org.lodestone.workflow.intake.IntakeTasks;
import org.lodestone.workflow.review.ReviewTasks;

class TaskResourceTest {

  @Test
  void theOpenApiDocumentListsTheBodyOfEveryTaskTypeCompletedThroughTheInbox() throws Exception {
    RequestBody body =
        TaskResource.class
            .getMethod("complete", String.class, Map.class)
            .getAnnotation(RequestBody.class);
    List<Class<?>> documented = List.of(body.content()[0].schema().oneOf());
    List<TaskType> types = new java.util.ArrayList<>(new IntakeTasks.Catalogue().taskTypes());
    types.addAll(new ReviewTasks.Catalogue().taskTypes());
    types.addAll(new org.lodestone.workflow.award.AwardTasks.Catalogue().taskTypes());
    types.addAll(new org.lodestone.workflow.permitting.PermittingTasks.Catalogue().taskTypes());
    types.addAll(new org.lodestone.workflow.disbursement.DisbursementTasks.Catalogue().taskTypes());
    types.addAll(new org.lodestone.workflow.reporting.ReportTasks.Catalogue().taskTypes());
    List<Class<? extends TaskCommand>> completedHere =
        types.stream()
            .filter(t -> t != IntakeTasks.CORRECT_APPLICATION)
            .<Class<? extends TaskCommand>>map(TaskType::command)
            .distinct()
            .toList();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(completedHere);
  }
}
