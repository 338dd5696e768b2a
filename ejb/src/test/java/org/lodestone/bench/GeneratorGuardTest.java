package org.lodestone.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The full-size generator never writes into a database that holds anyone it did not make. */
class GeneratorGuardTest {

  @Test
  void aDatabaseWithRealUsersOrOrganizationsIsRefused() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:guard", "sa", "");
        Statement sql = db.createStatement()) {
      assertThatCode(() -> ProgramAtScaleBench.refuseRealData(db))
          .as("an empty database")
          .doesNotThrowAnyException();
      sql.execute("CREATE TABLE app_user (username VARCHAR(64))");
      sql.execute("CREATE TABLE organization (legal_name VARCHAR(200))");
      sql.execute("INSERT INTO app_user VALUES ('bench-officer')");
      sql.execute("INSERT INTO organization VALUES ('Bench Minerals 1, Inc.')");
      assertThatCode(() -> ProgramAtScaleBench.refuseRealData(db))
          .as("a database of generated data only")
          .doesNotThrowAnyException();

      sql.execute("INSERT INTO organization VALUES ('Great Basin Lithium, Inc.')");
      assertThatThrownBy(() -> ProgramAtScaleBench.refuseRealData(db))
          .hasMessageContaining("refusing");
      sql.execute("DELETE FROM organization WHERE legal_name NOT LIKE 'Bench %'");
      sql.execute("INSERT INTO app_user VALUES ('olivia')");
      assertThatThrownBy(() -> ProgramAtScaleBench.refuseRealData(db))
          .hasMessageContaining("refusing")
          .hasMessageContaining("1 users or organizations");
    }
  }
}
