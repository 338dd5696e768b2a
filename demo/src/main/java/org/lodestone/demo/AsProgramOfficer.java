package org.lodestone.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs demo work as the program officer olivia. */
@Stateless
@PermitAll
@RunAs("PROGRAM_OFFICER")
@RunAsPrincipal("olivia")
public class AsProgramOfficer {

  public void run(Runnable work) {
    work.run();
  }
}
