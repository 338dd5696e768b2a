/**
 * Demo data for the embedded default (system property {@code lodestone.demo-data=true}): the
 * program, its opportunities, the demo organizations and users. Never on in production.
 */
package org.lodestone.demo;
