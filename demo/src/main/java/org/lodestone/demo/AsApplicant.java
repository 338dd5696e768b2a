package org.lodestone.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs demo work as the applicant alice (Great Basin Lithium). */
@Stateless
@PermitAll
@RunAs("APPLICANT")
@RunAsPrincipal("alice")
public class AsApplicant {

  public void run(Runnable work) {
    work.run();
  }
}
