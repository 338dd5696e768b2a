package org.lodestone.shared;

/**
 * One thing of the program that work, notifications and audit events are about: its kind, its
 * database id and its human-readable number ({@code APP-2026-000042}), which may be null for
 * subjects without one.
 */
public record Subject(SubjectKind kind, long id, String number) {

  public Subject {
    if (kind == null) {
      throw new IllegalArgumentException("a subject needs a kind");
    }
  }

  public static Subject of(SubjectKind kind, long id, String number) {
    return new Subject(kind, id, number);
  }

  /** As the audit search and the API write it: {@code APPLICATION:12}. */
  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
