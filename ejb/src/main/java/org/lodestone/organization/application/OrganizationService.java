package org.lodestone.organization.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lodestone.identity.CallerService;
import org.lodestone.organization.domain.Organization;
import org.lodestone.shared.NotFoundException;

/** Reads organizations, always through the caller's right to see them. */
@Stateless
public class OrganizationService {

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;

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
