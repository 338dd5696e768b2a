package org.lodestone.permitting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A permit or environmental review on a project's timetable. */
@Entity
@Table(name = "permit")
public class Permit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "award_id")
  private long awardId;

  private String type;
  private String name;
  private String agency;

  @Enumerated(EnumType.STRING)
  private PermitStatus status;

  @Column(name = "original_target_date")
  private LocalDate originalTargetDate;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @Column(name = "actual_date")
  private LocalDate actualDate;

  @Version private long version;

  protected Permit() {}

  public Permit(long awardId, String type, String name, String agency, LocalDate targetDate) {
    this.awardId = awardId;
    this.type = type;
    this.name = name;
    this.agency = agency;
    this.status = PermitStatus.PLANNED;
    this.originalTargetDate = targetDate;
    this.targetDate = targetDate;
  }

  public Long id() {
    return id;
  }

  public long awardId() {
    return awardId;
  }

  public String type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String agency() {
    return agency;
  }

  public PermitStatus status() {
    return status;
  }

  public LocalDate originalTargetDate() {
    return originalTargetDate;
  }

  public LocalDate targetDate() {
    return targetDate;
  }

  public LocalDate actualDate() {
    return actualDate;
  }

  public boolean complete() {
    return status == PermitStatus.COMPLETE;
  }
}
