/**
 * The program and its funding opportunities (Notices of Funding Opportunity), with the critical
 * minerals reference list. Depends only on shared; intake and review read it.
 */
package org.lodestone.program;
