package org.lodestone.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR the build produced, deployed as is. */
final class Deployments {

  static final String BASE_URL = "http://localhost:8180/lodestone";

  private Deployments() {}

  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("lodestone.ear")));
  }
}
