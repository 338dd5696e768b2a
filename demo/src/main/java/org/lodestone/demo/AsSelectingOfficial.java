package org.lodestone.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs demo work as the selecting official sam. */
@Stateless
@PermitAll
@RunAs("SELECTING_OFFICIAL")
@RunAsPrincipal("sam")
public class AsSelectingOfficial {

  public void run(Runnable work) {
    work.run();
  }
}
