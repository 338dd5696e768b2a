package org.lodestone.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs demo work as the reviewer ravi. */
@Stateless
@PermitAll
@RunAs("REVIEWER")
@RunAsPrincipal("ravi")
public class AsRavi {

  public void run(Runnable work) {
    work.run();
  }
}
