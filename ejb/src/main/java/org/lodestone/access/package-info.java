/**
 * API access: personal API tokens a user creates for scripts, signed by the server and checked on
 * every call for expiry and revocation. Depends on identity, audit and shared.
 */
package org.lodestone.access;
