/**
 * Application intake: drafts, submission, screening by a program officer, correction. The
 * application decides which step is legal; the intake process (workflows) decides who acts next.
 * Depends on program, organization, identity, audit and shared; reads review assignments so that
 * reviewers see the applications assigned to them.
 */
package org.lodestone.intake;
