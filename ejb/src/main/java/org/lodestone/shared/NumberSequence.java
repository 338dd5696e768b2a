package org.lodestone.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named counter for human-readable numbers (application and award numbers). Callers take it with
 * a pessimistic lock, so numbers are unique and without gaps on every database.
 */
@Entity
@Table(name = "number_sequence")
public class NumberSequence {

  @Id private String name;

  @Column(name = "next_value")
  private long nextValue;

  protected NumberSequence() {}

  public NumberSequence(String name) {
    this.name = name;
    this.nextValue = 1;
  }

  public long take() {
    return nextValue++;
  }
}
