package org.lodestone.workflow.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Builds the Camunda engine on the application's JTA datasource, so that a domain change and the
 * process step it causes commit or roll back together; runs its job executor on the server's
 * managed threads; deploys the models (unchanged files create no new versions). See
 * docs/adr/0001-embedded-process-engine.md.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineBootstrap {

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

  @Resource(lookup = "java:jboss/datasources/LodestoneDS")
  private DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  private TransactionManager transactionManager;

  @Resource private ManagedExecutorService executor;

  /** System property: false starts the engine without its job executor. */
  public static final String JOB_EXECUTOR = "lodestone.job-executor";

  /**
   * System property: how long a node holds a job it acquired (ISO-8601, PT5M by default). A node
   * that dies holding jobs leaves them to the other nodes once this passes.
   */
  public static final String JOB_LOCK_TIME = "lodestone.job-lock-time";

  private ProcessEngine engine;

  @PostConstruct
  void start() {
    CdiJtaProcessEngineConfiguration configuration = new CdiJtaProcessEngineConfiguration();
    configuration.setProcessEngineName(ProcessEngines.NAME);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    // a node may run without a job executor (a web-only node of a cluster); on by default
    configuration.setJobExecutorActivate(
        Boolean.parseBoolean(System.getProperty(JOB_EXECUTOR, "true")));
    ManagedJobExecutor jobs = new ManagedJobExecutor(executor);
    // timers (reminders, escalations) are picked up within 10 s even after a quiet spell
    jobs.setMaxWait(10_000);
    configuration.setJobExecutor(jobs);
    // ready for a cluster: ids made on each node without a shared counter (the default takes
    // blocks of ids from one database row, which every node then contends for), each node's job
    // locks named after it and held for a bounded time
    configuration.setIdGenerator(new StrongUuidGenerator());
    jobs.setLockOwner(System.getProperty("jboss.node.name", "lodestone") + "-" + UUID.randomUUID());
    jobs.setLockTimeInMillis(
        (int) Duration.parse(System.getProperty(JOB_LOCK_TIME, "PT5M")).toMillis());
    configuration.setMetricsEnabled(false);
    engine = configuration.buildProcessEngine();
    RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);

    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("lodestone")
            .enableDuplicateFiltering(true);
    ProcessModels.FILES.forEach(
        file -> deployment.addClasspathResource(ProcessModels.FOLDER + file));
    LOG.info("Process models deployed: " + deployment.deploy().getId());
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
      engine.close();
    }
  }
}
