package org.lodestone.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * The bare Camunda engine on PostgreSQL, configured as Lodestone configures it (full history, UUID
 * ids), with nothing of Lodestone's around it: process starts and task completions per second for a
 * two-task process, from 8 threads. The yardstick the API's figures are compared with (see
 * docs/benchmarks.md). Run by hand: {@code ./mvnw -Pbench -pl workflows test}; database
 * lodestone_engine_bench on 127.0.0.1:5432 as postgres, dropped and created.
 */
class EngineThroughputBench {

  private static final int INSTANCES = Integer.getInteger("bench.instances", 4_000);
  private static final int THREADS = 8;

  @Test
  void startsAndCompletionsPerSecond() throws Exception {
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS lodestone_engine_bench WITH (FORCE)");
      sql.execute("CREATE DATABASE lodestone_engine_bench");
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/lodestone_engine_bench")
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername("postgres")
                .setJdbcPassword("")
                .setJdbcMaxActiveConnections(THREADS + 2)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setMetricsEnabled(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance(
              "two-tasks.bpmn",
              Bpmn.createExecutableProcess("twoTasks")
                  .startEvent()
                  .userTask("first")
                  .userTask("second")
                  .endEvent()
                  .done())
          .deploy();
      for (int i = 0; i < 50; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("twoTasks", "warm-up-" + i);
      }
      double starts =
          perSecond(
              INSTANCES,
              i -> engine.getRuntimeService().startProcessInstanceByKey("twoTasks", "bench-" + i));
      List<Task> tasks =
          engine.getTaskService().createTaskQuery().taskDefinitionKey("first").list();
      double completions =
          perSecond(tasks.size(), i -> engine.getTaskService().complete(tasks.get(i).getId()));
      assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("second").count())
          .isEqualTo(tasks.size());
      System.out.printf(
          "%n| bare engine, PostgreSQL, %d threads | per second |%n|---|---|%n"
              + "| process starts (two-task process) | %,.0f |%n"
              + "| task completions | %,.0f |%n",
          THREADS, starts, completions);
    } finally {
      engine.close();
    }
  }

  private interface Step {
    void run(int i) throws Exception;
  }

  private static double perSecond(int count, Step step) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      running.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  step.run(i);
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
