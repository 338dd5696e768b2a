/**
 * Awards: the negotiated agreement that turns a selected application into obligated funds (terms,
 * budget periods separated by go/no-go decisions, milestones that later release payments, special
 * conditions under 2 CFR 200.208). Depends on intake and program through their services; nothing
 * earlier depends on it.
 */
package org.lodestone.award;
