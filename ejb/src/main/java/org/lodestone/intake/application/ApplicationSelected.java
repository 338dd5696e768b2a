package org.lodestone.intake.application;

/** The selecting official selected an application: its award is opened in the same transaction. */
public record ApplicationSelected(long applicationId, String number) {}
