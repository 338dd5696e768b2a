package org.lodestone.shared;

/** The caller may know the object exists but may not do this with it (yet). */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String message) {
    super(message);
  }
}
