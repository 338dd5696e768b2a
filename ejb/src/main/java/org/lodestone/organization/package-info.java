/**
 * Applicant organizations: legal identity (SAM UEI), address, ownership, and the
 * foreign-entity-of-concern screening that follows from ownership. Depends only on shared.
 */
package org.lodestone.organization;
