package org.lodestone.disbursement.application;

import java.time.Instant;

/** A payment request was submitted: its process starts, escalating at {@code escalationAt}. */
public record PaymentRequested(
    long paymentRequestId, String number, long awardId, Instant escalationAt) {}
