package org.lodestone.permitting.application;

/** A large move of a final completion date waits for a program officer's approval. */
public record TimetableChangeRequested(long requestId, long permitId, String awardNumber) {}
