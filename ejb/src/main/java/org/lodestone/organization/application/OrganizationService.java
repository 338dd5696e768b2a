package org.lodestone.organization.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.CallerService;
import org.lodestone.organization.domain.FeocStatus;
import org.lodestone.organization.domain.Organization;
import org.lodestone.organization.domain.OrganizationProfile;
import org.lodestone.organization.infrastructure.OrganizationRepository;
import org.lodestone.shared.Changes;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.SubjectKind;

/** Reads organizations, always through the caller's right to see them. */
@Stateless
public class OrganizationService {

  @Inject private OrganizationRepository organizations;
  @Inject private CallerService callers;
  @Inject private AuditTrail audit;

  /** The caller's own organization. */
  @RolesAllowed("APPLICANT")
  public Organization mine() {
    long id =
        callers
            .current()
            .organizationId()
            .orElseThrow(() -> new NotFoundException("Organization of", "the caller"));
    return organizations.get(id);
  }

  /** The caller's organization gets a new profile; ownership changes re-screen it for FEOC. */
  @RolesAllowed("APPLICANT")
  public Organization reviseMine(long version, OrganizationProfile profile) {
    Organization organization = mine();
    if (organization.version() != version) {
      throw new StateConflictException(
          "the organization profile was changed by someone else: reload it and try again");
    }
    if (organizations.ueiTakenByAnother(profile.uei(), organization.id())) {
      throw new RuleViolationException("uei", "is already registered to another organization");
    }
    FeocStatus before = organization.feocStatus();
    OrganizationProfile old = organization.profile();
    organization.revise(profile);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("changes", Changes.between(old, organization.profile()));
    data.put("owners", organization.profile().owners().stream().map(Object::toString).toList());
    data.put("feocBefore", before);
    data.put("feocAfter", organization.feocStatus());
    audit.record(SubjectKind.ORGANIZATION, organization.id(), "OrganizationProfileChanged", data);
    return organization;
  }

  /**
   * An organization whatever the caller, for other contexts that have checked the caller may read
   * what it is about (an application's reviewer declaring conflicts).
   */
  @PermitAll
  public Organization require(long id) {
    return organizations.get(id);
  }

  /** Any organization the caller may see. */
  @PermitAll
  public Organization get(long id) {
    return organizations
        .find(id)
        .filter(o -> callers.current().mayActFor(id))
        .orElseThrow(() -> new NotFoundException("Organization", id));
  }
}
