package org.lodestone.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs demo work as the reviewer rosa. */
@Stateless
@PermitAll
@RunAs("REVIEWER")
@RunAsPrincipal("rosa")
public class AsRosa {

  public void run(Runnable work) {
    work.run();
  }
}
