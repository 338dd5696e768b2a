package org.lodestone.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A WildFly of its own next to the test server, with the real EAR and the demo data, on a
 * PostgreSQL database of its own that several nodes may share: its own base directory (from the
 * test server's configuration), ports shifted by its offset, a node name. Started and killed with
 * SIGKILL as an operating system would.
 */
final class ServerNode {

  private final String name;
  private final int offset;
  private final String database;
  private final Path base;
  private Process process;
  private final Map<String, String> environment = new HashMap<>();
  private Function<String, RequestSpecification> signIn = this::basic;

  ServerNode(String name, int offset, String database) {
    this.name = name;
    this.offset = offset;
    this.database = database;
    this.base = Path.of(System.getProperty("it.base.dir") + "-" + name).toAbsolutePath();
  }

  static boolean postgresql() {
    return System.getProperty("lodestone.test.jdbc.url").startsWith("jdbc:postgresql:");
  }

  /** A new, empty database for the nodes. */
  static void freshDatabase(String database) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("lodestone.test.jdbc.url"),
                System.getProperty("lodestone.test.jdbc.user"),
                "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    }
  }

  String name() {
    return name;
  }

  private String jdbcUrl() {
    String url = System.getProperty("lodestone.test.jdbc.url");
    return url.substring(0, url.lastIndexOf('/') + 1) + database;
  }

  Connection db() throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl(), System.getProperty("lodestone.test.jdbc.user"), "");
  }

  /** A fresh base directory from the test server's configuration, with the EAR to deploy. */
  void prepare() throws IOException {
    deleteAll(base);
    Path configuration = Path.of(System.getProperty("it.base.dir"), "configuration");
    try (Stream<Path> files = Files.walk(configuration)) {
      for (Path f : files.toList()) {
        Path to = base.resolve("configuration").resolve(configuration.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else if (!f.toString().contains("standalone_xml_history")) {
          Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(
        Path.of(System.getProperty("lodestone.ear")), base.resolve("deployments/lodestone.ear"));
  }

  private static void deleteAll(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /**
   * Runs a CLI script of the project's on the prepared node's configuration, as an operator would
   * on a stopped server.
   */
  void configure(String script) throws IOException, InterruptedException {
    String home = System.getProperty("jboss.home");
    ProcessBuilder pb =
        new ProcessBuilder(home + "/bin/jboss-cli.sh", "--file=" + script)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(base + "/configure.log")));
    pb.environment().put("JAVA_OPTS", "-Djboss.server.base.dir=" + base);
    if (pb.start().waitFor() != 0) {
      throw new IllegalStateException(script + " failed: see " + base + "/configure.log");
    }
  }

  /** The environment the node starts with, on top of its database's. */
  ServerNode environment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** How {@link #as} signs a user in: HTTP Basic with the demo password unless told otherwise. */
  ServerNode signingInWith(Function<String, RequestSpecification> signIn) {
    this.signIn = signIn;
    return this;
  }

  String baseUrl() {
    return "http://localhost:" + (8080 + offset) + "/lodestone";
  }

  /** Starts the node with these system properties and waits until it answers with the demo data. */
  void start(String... properties) throws IOException {
    String home = System.getProperty("jboss.home");
    ProcessBuilder pb =
        new ProcessBuilder(home + "/bin/standalone.sh", "-c", "standalone.xml")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(base + "/console.log")));
    List<String> options =
        new ArrayList<>(
            List.of(
                "-Xmx1g",
                "-Djava.net.preferIPv4Stack=true",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.node.name=" + name,
                "-Dlodestone.demo-data=true"));
    options.addAll(List.of(properties));
    pb.environment().put("JAVA_OPTS", String.join(" ", options));
    pb.environment().put("LODESTONE_DB_URL", jdbcUrl());
    pb.environment().put("LODESTONE_DB_USER", System.getProperty("lodestone.test.jdbc.user"));
    pb.environment().putAll(environment);
    process = pb.start();
    await()
        .atMost(300, SECONDS)
        .pollInterval(2, SECONDS)
        .ignoreExceptions()
        .until(() -> as("olivia").get("/awards?size=1").jsonPath().getInt("total") >= 6);
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL to the server and the shell that started it. */
  void kill() throws Exception {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    for (ProcessHandle p : tree) {
      p.onExit().get(30, SECONDS);
    }
    process.waitFor();
  }

  RequestSpecification as(String user) {
    return signIn.apply(user);
  }

  private RequestSpecification basic(String user) {
    return RestAssured.given()
        .baseUri(baseUrl() + "/api/v1")
        .auth()
        .preemptive()
        .basic(user, Api.PASSWORD)
        .contentType("application/json");
  }

  /** The one number a query counts. */
  static int count(PreparedStatement s) throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }
}
