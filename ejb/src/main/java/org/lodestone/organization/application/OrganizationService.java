package org.lodestone.organization.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.CallerService;
import org.lodestone.organization.domain.FeocStatus;
import org.lodestone.organization.domain.Organization;
import org.lodestone.organization.domain.OrganizationProfile;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/** Reads organizations, always through the caller's right to see them. */
@Stateless
public class OrganizationService {

  @PersistenceContext private EntityManager em;
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
    return em.find(Organization.class, id);
  }

  /** The caller's organization gets a new profile; ownership changes re-screen it for FEOC. */
  @RolesAllowed("APPLICANT")
  public Organization reviseMine(long version, OrganizationProfile profile) {
    Organization organization = mine();
    if (organization.version() != version) {
      throw new StateConflictException(
          "the organization profile was changed by someone else: reload it and try again");
    }
    boolean ueiTaken =
        !em.createQuery(
                "select o.id from Organization o where o.uei = :uei and o.id <> :id", Long.class)
            .setParameter("uei", profile.uei())
            .setParameter("id", organization.id())
            .getResultList()
            .isEmpty();
    if (ueiTaken) {
      throw new RuleViolationException("uei", "is already registered to another organization");
    }
    FeocStatus before = organization.feocStatus();
    organization.revise(profile);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("legalName", organization.legalName());
    data.put("uei", organization.uei());
    data.put("owners", organization.owners().size());
    data.put("feocBefore", before);
    data.put("feocAfter", organization.feocStatus());
    audit.record("Organization", organization.id(), "OrganizationProfileChanged", data);
    return organization;
  }

  /** Any organization the caller may see. */
  @PermitAll
  public Organization get(long id) {
    Organization organization = em.find(Organization.class, id);
    if (organization == null || !callers.current().mayActFor(id)) {
      throw new NotFoundException("Organization", id);
    }
    return organization;
  }
}
