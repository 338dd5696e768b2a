package org.lodestone.program.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the USGS List of Critical Minerals (reference data). */
@Entity
@Table(name = "mineral")
public class Mineral {

  @Id private String code;
  private String name;
  private boolean active;

  protected Mineral() {}

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
