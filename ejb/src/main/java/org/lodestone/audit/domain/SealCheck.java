package org.lodestone.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The seals read back from their file, checked: those whose signature verifies, in order, and what
 * is wrong with the others (a signature that does not verify, a number missing from the run).
 */
public record SealCheck(List<AuditSeal> good, List<String> problems) {

  public static SealCheck of(List<AuditSeal> seals, Predicate<AuditSeal> signatureVerifies) {
    List<AuditSeal> good = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    long expected = 1;
    for (AuditSeal seal : seals) {
      if (!signatureVerifies.test(seal)) {
        problems.add("seal " + expected + " does not carry a valid signature");
      } else {
        if (seal.number() != expected) {
          problems.add("seal " + expected + " is missing from the seal file");
          expected = seal.number();
        }
        good.add(seal);
      }
      expected++;
    }
    return new SealCheck(List.copyOf(good), List.copyOf(problems));
  }
}
