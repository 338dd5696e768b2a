package org.lodestone.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused a request. Thrown as is through EJB boundaries (not wrapped) and
 * rolls the transaction back, so nothing half-done is saved.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

  protected DomainException(String message) {
    super(message);
  }
}
