/**
 * The two faces of Lodestone: the JSON REST API ({@code api}) and the PrimeFaces pages ({@code
 * ui}). Both call the same application services in the ejb and workflows modules and hold no rules
 * of their own beyond parsing input.
 */
package org.lodestone.web;
