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
    Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(Map.of("binary", binaryType()))
        .table("schema_history")
        .load()
        .migrate();
  }

  /** The column type for file contents, the one thing our SQL spells differently per database. */
  private String binaryType() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase().contains("postgres") ? "BYTEA" : "VARBINARY";
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database product", e);
    }
  }
}
