package org.lodestone.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests of the real EAR the build produced, on the provisioned WildFly that Arquillian starts once
 * for the suite. The build puts the EAR in the server's deployments directory, so it is deployed
 * once, at boot, for every test class.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedEar {}
