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
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

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

  public Organization(OrganizationProfile profile) {
    revise(profile);
  }

  /**
   * Replaces the profile.
   *
   * @throws RuleViolationException listing every field rule broken
   */
  public void revise(OrganizationProfile profile) {
    String legalName = profile.legalName();
    String uei = profile.uei();
    String postalCode = profile.postalCode();
    String country = profile.country();
    List<Owner> owners = profile.owners();
    List<Violation> v = new ArrayList<>();
    if (legalName == null || legalName.isBlank()) {
      v.add(new Violation("legalName", "is required"));
    } else if (legalName.length() > 200) {
      v.add(new Violation("legalName", "must be at most 200 characters"));
    }
    if (!isValidUei(uei)) {
      v.add(
          new Violation(
              "uei",
              "must be a SAM Unique Entity ID: 12 letters and digits, no O or I, not starting with 0"));
    }
    if (country == null || !country.matches("[A-Z]{2}")) {
      v.add(new Violation("country", "must be a two-letter ISO country code such as US"));
    }
    maxLength(v, "street", profile.street(), 200);
    maxLength(v, "city", profile.city(), 100);
    if (profile.state() != null
        && !profile.state().isBlank()
        && !profile.state().strip().matches("[A-Z]{2}")) {
      v.add(new Violation("state", "must be a two-letter state or province code such as NV"));
    }
    maxLength(v, "postalCode", postalCode, 10);
    if (postalCode != null
        && !postalCode.isBlank()
        && postalCode.strip().length() <= 10
        && !postalCode.matches("\\d{5}(-\\d{4})?")
        && "US".equals(country)) {
      v.add(new Violation("postalCode", "must be a ZIP code such as 89047 or 89047-1234"));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Owner owner : owners) {
      total = total.add(owner.sharePercent());
    }
    if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
      v.add(
          new Violation(
              "owners", "shares sum to " + total.toPlainString() + " percent, more than 100"));
    }
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    this.legalName = legalName.strip();
    this.uei = uei;
    this.street = blankToNull(profile.street());
    this.city = blankToNull(profile.city());
    this.state = blankToNull(profile.state());
    this.postalCode = blankToNull(postalCode);
    this.country = country;
    this.owners = new ArrayList<>(owners);
  }

  private static void maxLength(List<Violation> v, String field, String text, int max) {
    if (text != null && text.strip().length() > max) {
      v.add(new Violation(field, "must be at most " + max + " characters"));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** What the applicant last stated, as one value (for audit and forms). */
  public OrganizationProfile profile() {
    return new OrganizationProfile(
        legalName, uei, street, city, state, postalCode, country, List.copyOf(owners));
  }

  public long version() {
    return version;
  }

  public static boolean isValidUei(String uei) {
    return uei != null && uei.matches(UEI_PATTERN);
  }

  public FeocStatus feocStatus() {
    return FeocRule.configured().screen(country, owners);
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
