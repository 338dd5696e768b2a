package org.lodestone.disbursement.application;

/** A returned payment request was corrected and submitted again. */
public record PaymentResubmitted(String number) {}
