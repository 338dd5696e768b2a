package org.lodestone.disbursement.domain;

/** One rule a payment request is checked against, whether it passes, and the figures behind it. */
public record Check(String rule, boolean passed, String detail) {}
