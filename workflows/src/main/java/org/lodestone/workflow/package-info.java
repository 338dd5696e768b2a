/**
 * The process side: the embedded Camunda engine, one package per process model with its variables
 * and delegates, and the work inbox that turns user tasks into the program's work items. Depends on
 * the ejb module's application services; nothing there depends on this.
 */
package org.lodestone.workflow;
