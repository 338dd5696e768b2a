package org.lodestone.shared;

/** One broken rule on one field: what a form shows next to the field and the API lists. */
public record Violation(String field, String message) {}
