package org.lodestone.it;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.restassured.RestAssured;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Keycloak (the Maven Central distribution, unpacked by the build) in development mode, with
 * the test realm {@code keycloak/lodestone-realm.json}: Lodestone's roles as realm roles, a
 * confidential client {@code lodestone}, and people whose password is {@code keycloak-<name>}.
 */
final class Keycloak implements AutoCloseable {

  static final int PORT = 8480;
  static final String REALM_URL = "http://localhost:" + PORT + "/realms/lodestone";
  static final String CLIENT_SECRET = "lodestone-client-secret";

  private final Path home = Path.of(System.getProperty("keycloak.home"));
  private Process process;

  static String password(String user) {
    return "keycloak-" + user;
  }

  /**
   * Starts with an empty database and the test realm, without waiting: {@link #token} answers once
   * the realm does (about 25 s), so that a server can start meanwhile.
   */
  Keycloak start() throws IOException {
    Path data = home.resolve("data");
    if (Files.exists(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(data.resolve("import"));
    try (InputStream realm = Keycloak.class.getResourceAsStream("/keycloak/lodestone-realm.json")) {
      Files.copy(
          realm, data.resolve("import/lodestone-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + PORT,
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(new File(home + "/keycloak.log")));
    pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    process = pb.start();
    return this;
  }

  /** An access token for a person, as a script would get one (the password grant). */
  static String token(String user) {
    return RestAssured.given()
        .formParam("grant_type", "password")
        .formParam("client_id", "lodestone")
        .formParam("client_secret", CLIENT_SECRET)
        .formParam("username", user)
        .formParam("password", password(user))
        .formParam("scope", "openid")
        .post(REALM_URL + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  @Override
  public void close() throws Exception {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = process.descendants().toList();
    process.destroy();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : tree) {
      p.onExit().get(60, SECONDS);
    }
    process.waitFor();
  }
}
