/**
 * Each person's notifications (assignments, reminders, escalations, decisions), kept in the
 * application and e-mailed through the server's mail session when one is configured. Depends on
 * identity and shared.
 */
package org.lodestone.notification;
