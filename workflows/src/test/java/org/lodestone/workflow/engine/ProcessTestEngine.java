package org.lodestone.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The one in-memory engine of the process tests: full history, no job executor, mockable delegates.
 * One engine for all test classes, because camunda-bpm-assert reads the engine it met first.
 */
public final class ProcessTestEngine {

  private static ProcessEngine engine;

  private ProcessTestEngine() {}

  public static synchronized ProcessEngine get() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration =
          new StandaloneInMemProcessEngineConfiguration();
      configuration.setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setJobExecutorActivate(false);
      configuration.setExpressionManager(new MockExpressionManager());
      engine = configuration.buildProcessEngine();
    }
    return engine;
  }

  /**
   * Completes the open task of {@code type} in {@code instance} with a body as the API receives it,
   * read into the type's command as the inbox reads it.
   */
  public static void complete(
      org.camunda.bpm.engine.runtime.ProcessInstance instance,
      org.lodestone.workflow.inbox.TaskType type,
      java.util.Map<String, Object> body) {
    org.camunda.bpm.engine.task.Task task =
        get().getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream()
            .filter(t -> type.steps().contains(t.getTaskDefinitionKey()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no open " + type));
    get().getTaskService().complete(task.getId(), type.variables(body));
  }
}
