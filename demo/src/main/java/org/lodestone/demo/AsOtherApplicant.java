package org.lodestone.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs demo work as the applicant bob (Appalachian Rare Earth Recovery). */
@Stateless
@PermitAll
@RunAs("APPLICANT")
@RunAsPrincipal("bob")
public class AsOtherApplicant {

  public void run(Runnable work) {
    work.run();
  }
}
