/**
 * What every context shares: exact money, the domain exceptions that name the rule broken, and the
 * start-up plumbing (schema migration, number sequences). Depends on nothing else here.
 */
package org.lodestone.shared;
