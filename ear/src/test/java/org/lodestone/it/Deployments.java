package org.lodestone.it;

/** Where the deployed EAR answers. */
final class Deployments {

  static final String BASE_URL = "http://localhost:8180/lodestone";

  private Deployments() {}
}
