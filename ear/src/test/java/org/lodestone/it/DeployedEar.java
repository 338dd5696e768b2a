package org.lodestone.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests of the real EAR the build produced, deployed as is on the provisioned WildFly. */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedEar {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }
}
