package org.lodestone.it;

import java.io.IOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/** Changes to the running test server through its management API, as an operator would make. */
final class ServerConfig {

  /** The test server's management port (9990 + the port offset of 100). */
  private static final int MANAGEMENT_PORT = 10090;

  void systemProperty(String name, String value) {
    ModelNode address = Operations.createAddress("system-property", name);
    ModelNode add = Operations.createAddOperation(address);
    add.get("value").set(value);
    execute(add);
  }

  void removeSystemProperty(String name) {
    execute(Operations.createRemoveOperation(Operations.createAddress("system-property", name)));
  }

  /**
   * The application's mail session java:jboss/mail/lodestone, sending to localhost:port; added in
   * one composite operation so that the session starts with its SMTP server.
   */
  void mailSession(int port) {
    ModelNode binding =
        Operations.createAddOperation(
            Operations.createAddress(
                "socket-binding-group",
                "standard-sockets",
                "remote-destination-outbound-socket-binding",
                "lodestone-smtp"));
    binding.get("host").set("localhost");
    binding.get("port").set(port);
    ModelNode session =
        Operations.createAddOperation(
            Operations.createAddress("subsystem", "mail", "mail-session", "lodestone"));
    session.get("jndi-name").set("java:jboss/mail/lodestone");
    session.get("from").set("lodestone-notifications@lodestone.example");
    ModelNode server =
        Operations.createAddOperation(
            Operations.createAddress(
                "subsystem", "mail", "mail-session", "lodestone", "server", "smtp"));
    server.get("outbound-socket-binding-ref").set("lodestone-smtp");
    execute(
        Operations.CompositeOperationBuilder.create()
            .addStep(binding)
            .addStep(session)
            .addStep(server)
            .build()
            .getOperation());
  }

  void removeMailSession() {
    execute(
        Operations.createRemoveOperation(
            Operations.createAddress("subsystem", "mail", "mail-session", "lodestone")));
    execute(
        Operations.createRemoveOperation(
            Operations.createAddress(
                "socket-binding-group",
                "standard-sockets",
                "remote-destination-outbound-socket-binding",
                "lodestone-smtp")));
  }

  /** Runs an operation so that it takes effect at once, without leaving the server to reload. */
  private void execute(ModelNode operation) {
    operation.get("operation-headers", "allow-resource-service-restart").set(true);
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create("localhost", MANAGEMENT_PORT)) {
      ModelNode result = client.execute(operation);
      if (!Operations.isSuccessfulOutcome(result)) {
        throw new IllegalStateException(
            operation + " failed: " + Operations.getFailureDescription(result));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
