package org.lodestone.review.application;

/** As many reviews as the opportunity asks for have been submitted for an application. */
public record ReviewsCompleted(long applicationId, String applicationNumber) {}
