package org.lodestone.shared;

/**
 * The object does not exist, or the caller may not know that it exists (another organization's data
 * answers exactly as an unknown id does).
 */
public class NotFoundException extends DomainException {

  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " not found");
  }

  /** Nothing of that name exists; {@code message} says what does. */
  public NotFoundException(String message) {
    super(message);
  }
}
