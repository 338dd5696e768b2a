package org.lodestone.notification.application;

/** A notification was stored; observed after the transaction commits to e-mail it. */
public record NotificationCreated(long notificationId) {}
