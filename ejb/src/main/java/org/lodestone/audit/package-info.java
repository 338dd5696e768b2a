/**
 * The audit trail: every change of state appends an event (who, when, what, before and after) in
 * the same transaction, chained by SHA-256 so that any edit to history is detectable. Every other
 * context depends on it; it depends only on identity and shared.
 */
package org.lodestone.audit;
