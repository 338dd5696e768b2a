/**
 * Merit review and selection: reviewer assignment, conflict-of-interest declarations, scores,
 * consensus, environmental (NEPA) and risk screening, and the selecting official's decision within
 * the funds available. The review and the evaluation decide which step is legal; the review
 * processes (workflows) decide who acts next and when. Depends on intake, program, identity,
 * notification, audit and shared.
 */
package org.lodestone.review;
