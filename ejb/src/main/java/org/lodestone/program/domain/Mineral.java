package org.lodestone.program.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/** An entry of the USGS List of Critical Minerals (reference data). */
@Entity
@Table(name = "mineral")
public class Mineral {

  @Id private String code;
  private String name;
  private boolean active;

  protected Mineral() {}

  /**
   * A mineral added to the list (the USGS list is reviewed at least every three years).
   *
   * @throws RuleViolationException naming code or name
   */
  public Mineral(String code, String name) {
    List<Violation> v = new ArrayList<>();
    if (code == null || !code.matches("[A-Z][A-Z_]{1,39}")) {
      v.add(
          new Violation(
              "code", "must be upper-case words joined by _, such as METALLURGICAL_COAL"));
    }
    if (name == null || name.isBlank() || name.length() > 100) {
      v.add(new Violation("name", "is required, at most 100 characters"));
    }
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    this.code = code;
    this.name = name.strip();
    this.active = true;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean active() {
    return active;
  }
}
