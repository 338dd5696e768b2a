package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.organization.application.OrganizationService;
import org.lodestone.organization.domain.Organization;
import org.lodestone.organization.domain.OrganizationProfile;
import org.lodestone.organization.domain.Owner;

/** An applicant keeps its organization's profile and ownership, screened for FEOC on save. */
@Named
@ViewScoped
public class OrganizationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient OrganizationService organizations;
  @Inject private transient CallerService callers;

  /** An editable owner row. */
  public static class OwnerRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String country;
    private BigDecimal sharePercent;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country;
    }

    public BigDecimal getSharePercent() {
      return sharePercent;
    }

    public void setSharePercent(BigDecimal sharePercent) {
      this.sharePercent = sharePercent;
    }
  }

  private String legalName;
  private String uei;
  private String street;
  private String city;
  private String state;
  private String postalCode;
  private String country;
  private List<OwnerRow> owners = new ArrayList<>();
  private long version;
  private String feocStatus;
  private boolean loaded;

  public void load() {
    if (!loaded && callers.current().has(Role.APPLICANT)) {
      loaded = true;
      fill(organizations.mine());
    }
  }

  public boolean isLoaded() {
    return loaded;
  }

  public void save() {
    try {
      List<Owner> parsed = new ArrayList<>();
      for (OwnerRow row : owners) {
        parsed.add(new Owner(row.name, row.country, row.sharePercent));
      }
      fill(
          organizations.reviseMine(
              version,
              new OrganizationProfile(
                  legalName, uei, street, city, state, postalCode, country, parsed)));
      Messages.info(
          "Organization profile saved. Foreign-entity-of-concern screening: "
              + CurrentUser.words(feocStatus)
              + ".");
    } catch (RuntimeException e) {
      if (!Messages.show(e, "form")) {
        throw e;
      }
    }
  }

  public void addOwner() {
    owners.add(new OwnerRow());
  }

  public void removeOwner(OwnerRow row) {
    owners.remove(row);
  }

  private void fill(Organization o) {
    legalName = o.legalName();
    uei = o.uei();
    street = o.street();
    city = o.city();
    state = o.state();
    postalCode = o.postalCode();
    country = o.country();
    version = o.version();
    feocStatus = o.feocStatus().name();
    owners = new ArrayList<>();
    for (Owner owner : o.owners()) {
      OwnerRow row = new OwnerRow();
      row.name = owner.name();
      row.country = owner.country();
      row.sharePercent = owner.sharePercent();
      owners.add(row);
    }
  }

  public boolean isClear() {
    return "CLEAR".equals(feocStatus);
  }

  public String getFeocStatus() {
    return feocStatus;
  }

  public List<OwnerRow> getOwners() {
    return owners;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getUei() {
    return uei;
  }

  public void setUei(String uei) {
    this.uei = uei;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
