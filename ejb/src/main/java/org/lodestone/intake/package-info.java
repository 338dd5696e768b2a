/**
 * Application intake: drafts, submission, screening by a program officer, correction. The
 * application decides which step is legal; the intake process (workflows) decides who acts next.
 * Depends on program, organization, identity, audit and shared.
 */
package org.lodestone.intake;
