package org.lodestone.shared;

/**
 * What a task, a notification or an audit event is about. Each context owns the kinds of its
 * aggregates; the process variable that holds a subject's id is named after its kind ({@code
 * applicationId}, {@code paymentRequestId}).
 */
public enum SubjectKind {
  PROGRAM,
  MINERAL,
  APPLICATION,
  REVIEW,
  EVALUATION,
  OPPORTUNITY,
  ORGANIZATION,
  USER,
  AWARD,
  PERMIT,
  MILESTONE,
  PAYMENT_REQUEST,
  CONDITION,
  AMENDMENT,
  REPORT;

  /** The kind in words, for messages: {@code payment request}. */
  public String inWords() {
    return name().toLowerCase().replace('_', ' ');
  }

  /** The process variable holding the id of a subject of this kind: {@code paymentRequestId}. */
  public String idVariable() {
    StringBuilder name = new StringBuilder();
    for (String word : name().toLowerCase().split("_")) {
      name.append(
          name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.append("Id").toString();
  }
}
