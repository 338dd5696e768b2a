package org.lodestone.workflow.engine;

/** The one engine of the application. */
public final class ProcessEngines {

  public static final String NAME = "default";

  private ProcessEngines() {}
}
