package org.lodestone.intake.application;

/** Subject types of intake's audit events. */
public final class Subjects {

  public static final String APPLICATION = "Application";

  private Subjects() {}
}
