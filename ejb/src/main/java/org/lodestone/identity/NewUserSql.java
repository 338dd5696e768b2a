package org.lodestone.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Prints the SQL that creates one user of a production database (no demo users exist there): the
 * password, read from standard input, stored only as its PBKDF2 hash. Used by {@code
 * tools/create-user.sh}:
 *
 * <pre>
 * printf '%s' "$PASSWORD" | tools/create-user.sh olivia PROGRAM_OFFICER "Olivia Officer" | psql
 * </pre>
 */
public final class NewUserSql {

  private NewUserSql() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println(
          "usage: NewUserSql username ROLE \"Full name\" [organizationId] < password");
      System.exit(2);
    }
    String username = args[0];
    Role role = Role.valueOf(args[1]);
    String password =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (password == null || password.length() < 12) {
      System.err.println("the password (standard input) must have at least 12 characters");
      System.exit(2);
    }
    PasswordHash hash = PasswordHash.of(password.toCharArray());
    // the account's own rules: username shape, reserved names
    new UserAccount(username, args[2], null, hash, java.util.EnumSet.of(role));
    String organization = args.length == 4 ? Long.toString(Long.parseLong(args[3])) : "NULL";
    System.out.printf(
        "INSERT INTO app_user (username, full_name, email, password_hash, password_salt,"
            + " password_iterations, active, organization_id) VALUES ('%s', '%s', NULL, '%s', '%s',"
            + " %d, TRUE, %s);%n",
        username,
        args[2].replace("'", "''"),
        hash.hash(),
        hash.salt(),
        hash.iterations(),
        organization);
    System.out.printf(
        "INSERT INTO user_role (username, role_name) VALUES ('%s', '%s');%n", username, role);
  }
}
