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
}
