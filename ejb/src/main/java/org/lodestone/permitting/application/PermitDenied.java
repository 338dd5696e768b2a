package org.lodestone.permitting.application;

/** A permit that milestones depend on was denied: the program officer decides what follows. */
public record PermitDenied(long permitId, String awardNumber) {}
