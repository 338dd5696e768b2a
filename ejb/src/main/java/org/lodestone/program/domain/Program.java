package org.lodestone.program.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.lodestone.shared.Money;

/** The funding program and its total authority. */
@Entity
@Table(name = "program")
public class Program {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private Money authority;
  @Version private long version;

  protected Program() {}

  public Program(String name, BigDecimal authority) {
    if (authority.signum() <= 0) {
      throw new IllegalArgumentException("a program's authority is positive");
    }
    this.name = name;
    this.authority = Money.of(authority);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Money authority() {
    return authority;
  }
}
