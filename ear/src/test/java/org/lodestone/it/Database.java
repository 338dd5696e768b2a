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

  static Connection connect() throws SQLException {
    String user = System.getProperty("lodestone.test.jdbc.user");
    return DriverManager.getConnection(
        System.getProperty("lodestone.test.jdbc.url"), user, "sa".equals(user) ? "sa" : "");
  }
}
