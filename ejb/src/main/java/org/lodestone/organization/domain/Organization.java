package org.lodestone.organization.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A company that applies for funding. */
@Entity
@Table(name = "organization")
public class Organization {

  /** SAM Unique Entity ID: 12 letters and digits, no O or I, not starting with 0. */
  private static final String UEI_PATTERN = "[1-9A-HJ-NP-Z][0-9A-HJ-NP-Z]{11}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "legal_name")
  private String legalName;

  private String uei;
  private String street;
  private String city;
  private String state;

  @Column(name = "postal_code")
  private String postalCode;

  private String country;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "organization_owner", joinColumns = @JoinColumn(name = "organization_id"))
  @OrderColumn(name = "position")
  private List<Owner> owners = new ArrayList<>();

  @Version private long version;

  protected Organization() {}

  public Organization(
      String legalName,
      String uei,
      String street,
      String city,
      String state,
      String postalCode,
      String country,
      List<Owner> owners) {
    if (legalName == null || legalName.isBlank()) {
      throw new IllegalArgumentException("an organization has a legal name");
    }
    if (!isValidUei(uei)) {
      throw new IllegalArgumentException("not a SAM Unique Entity ID: " + uei);
    }
    BigDecimal total =
        owners.stream().map(Owner::sharePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("owners' shares sum to more than 100 percent");
    }
    this.legalName = legalName;
    this.uei = uei;
    this.street = street;
    this.city = city;
    this.state = state;
    this.postalCode = postalCode;
    this.country = country;
    this.owners = new ArrayList<>(owners);
  }

  public static boolean isValidUei(String uei) {
    return uei != null && uei.matches(UEI_PATTERN);
  }

  public FeocStatus feocStatus() {
    return FeocRule.DOE_2024.screen(country, owners);
  }

  public Long id() {
    return id;
  }

  public String legalName() {
    return legalName;
  }

  public String uei() {
    return uei;
  }

  public String street() {
    return street;
  }

  public String city() {
    return city;
  }

  public String state() {
    return state;
  }

  public String postalCode() {
    return postalCode;
  }

  public String country() {
    return country;
  }

  public List<Owner> owners() {
    return List.copyOf(owners);
  }
}
