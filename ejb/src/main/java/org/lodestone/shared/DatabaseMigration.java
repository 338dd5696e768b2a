package org.lodestone.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the domain schema up to date (Flyway, db/migration) before anything else runs. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  @Resource(lookup = "java:jboss/datasources/LodestoneDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    boolean postgres = isPostgres();
    String[] locations =
        postgres
            ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
            : new String[] {"classpath:db/migration"};
    Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations(locations)
        .placeholders(Map.of("binary", postgres ? "BYTEA" : "VARBINARY"))
        .table("schema_history")
        .load()
        .migrate();
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
