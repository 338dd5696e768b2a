/**
 * Who is calling: user accounts with password hashes and roles (read by the server's Elytron JDBC
 * realm), and the {@link org.lodestone.identity.Caller} every service scopes its queries by.
 * Depends only on shared.
 */
package org.lodestone.identity;
