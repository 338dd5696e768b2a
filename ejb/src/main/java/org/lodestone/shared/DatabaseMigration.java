package org.lodestone.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the domain schema up to date (Flyway, db/migration) before anything else runs.
 *
 * <p>On PostgreSQL the schema may belong to another role than the application's: when the server
 * has a {@code LodestoneOwnerDS} (the schema owner, used for nothing else) and it connects as
 * another role than {@code LodestoneDS}, the migration runs as the owner and then grants the
 * application's role what it needs and no more: reading and writing the domain tables, but only
 * reading and inserting the audit chain and the ledger. As a role that owns neither table it cannot
 * drop the triggers that keep them append-only either.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  @Resource(lookup = "java:jboss/datasources/LodestoneDS")
  private DataSource dataSource;

  private static final String OWNER_DATASOURCE = "java:jboss/datasources/LodestoneOwnerDS";

  @PostConstruct
  void migrate() {
    boolean postgres = isPostgres();
    DataSource owner = postgres ? ownerDataSource() : dataSource;
    String[] locations =
        postgres
            ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
            : new String[] {"classpath:db/migration"};
    Flyway.configure(getClass().getClassLoader())
        .dataSource(owner)
        .locations(locations)
        .placeholders(Map.of("binary", postgres ? "BYTEA" : "VARBINARY"))
        .table("schema_history")
        .load()
        .migrate();
    if (owner != dataSource) {
      grantApplicationRole(owner);
    }
  }

  private DataSource ownerDataSource() {
    try {
      return (DataSource) new InitialContext().lookup(OWNER_DATASOURCE);
    } catch (NamingException e) {
      return dataSource;
    }
  }

  private void grantApplicationRole(DataSource owner) {
    try (Connection app = dataSource.getConnection();
        Connection schemaOwner = owner.getConnection();
        Statement sql = schemaOwner.createStatement()) {
      String role = currentUser(app);
      if (role.equals(currentUser(schemaOwner))) {
        return;
      }
      String quoted = '"' + role.replace("\"", "\"\"") + '"';
      sql.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + quoted);
      sql.execute(
          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + quoted);
      sql.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_history FROM " + quoted);
      sql.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, ledger_entry FROM " + quoted);
      sql.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + quoted);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot grant the application's database role", e);
    }
  }

  private static String currentUser(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rs = sql.executeQuery("SELECT current_user")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * The column type for file contents is the one thing our common SQL spells differently per
   * database; PostgreSQL also gets its own migrations (db/postgresql: triggers that keep the ledger
   * append-only).
   */
  private boolean isPostgres() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database product", e);
    }
  }
}
