/**
 * Demo applications at every intake stage for the embedded default, made through the real services
 * and processes by demo users (never on in production).
 */
package org.lodestone.workflow.demo;
