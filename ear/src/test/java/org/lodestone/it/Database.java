package org.lodestone.it;

import java.sql.Connection;
import java.sql.DriverManager;
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
}
