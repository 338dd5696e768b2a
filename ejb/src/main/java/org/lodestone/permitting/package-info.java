/**
 * Permitting: each awarded project's timetable of permits and environmental reviews, seeded from
 * the permits its application listed. Milestones (and so payments) depend on permits. Knows awards
 * only by id.
 */
package org.lodestone.permitting;
