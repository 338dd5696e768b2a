package org.lodestone.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs demo work as the finance officer fiona. */
@Stateless
@PermitAll
@RunAs("FINANCE_OFFICER")
@RunAsPrincipal("fiona")
public class AsFinanceOfficer {

  public void run(Runnable work) {
    work.run();
  }
}
