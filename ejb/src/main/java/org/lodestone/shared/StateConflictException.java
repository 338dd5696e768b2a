package org.lodestone.shared;

/** The request is valid in itself but not in the object's current state (or version). */
public class StateConflictException extends DomainException {

  public StateConflictException(String message) {
    super(message);
  }
}
