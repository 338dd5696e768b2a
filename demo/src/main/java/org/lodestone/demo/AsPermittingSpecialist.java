package org.lodestone.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs demo work as the permitting specialist pat. */
@Stateless
@PermitAll
@RunAs("PERMITTING_SPECIALIST")
@RunAsPrincipal("pat")
public class AsPermittingSpecialist {

  public void run(Runnable work) {
    work.run();
  }
}
