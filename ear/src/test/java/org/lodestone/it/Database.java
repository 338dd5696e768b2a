package org.lodestone.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A direct connection to the test server's database, for what no user could do (time passing,
 * tampering).
 */
final class Database {

  private Database() {}

  static boolean isPostgres(Connection db) throws SQLException {
    return db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
  }

  /**
   * A connection as a superuser that sets the append-only triggers aside (PostgreSQL's replica
   * mode), as someone with full access to the database could: for tampering tests.
   */
  static Connection asSuperuser() throws SQLException {
    Connection db = connect();
    if (isPostgres(db)) {
      try (var sql = db.createStatement()) {
        sql.execute("SET session_replication_role = replica");
      }
    }
    return db;
  }

  static Connection connect() throws SQLException {
    String user = System.getProperty("lodestone.test.jdbc.user");
    return DriverManager.getConnection(
        System.getProperty("lodestone.test.jdbc.url"), user, "sa".equals(user) ? "sa" : "");
  }

  /**
   * A new account {@code to} with {@code from}'s password, organization and active flag, named
   * {@code fullName}, holding {@code role}: made in the database, as an operator would.
   */
  static void copyUser(String from, String to, String fullName, String role) throws SQLException {
    try (Connection db = connect();
        PreparedStatement copy =
            db.prepareStatement(
                "INSERT INTO app_user (username, full_name, email, password_hash, password_salt,"
                    + " password_iterations, active, organization_id) SELECT ?, ?, email,"
                    + " password_hash, password_salt, password_iterations, active, organization_id"
                    + " FROM app_user WHERE username = ?");
        PreparedStatement grant =
            db.prepareStatement("INSERT INTO user_role (username, role_name) VALUES (?, ?)")) {
      copy.setString(1, to);
      copy.setString(2, fullName);
      copy.setString(3, from);
      if (copy.executeUpdate() != 1) {
        throw new IllegalStateException("no account " + from + " to copy");
      }
      grant.setString(1, to);
      grant.setString(2, role);
      grant.executeUpdate();
    }
  }
}
