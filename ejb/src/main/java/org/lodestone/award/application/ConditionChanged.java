package org.lodestone.award.application;

import java.time.Instant;

/**
 * The recipient submitted a cure ({@code deadline} null), or the program officer extended the
 * deadline: the condition's process is told.
 */
public record ConditionChanged(String number, boolean cureSubmitted, Instant deadline) {}
