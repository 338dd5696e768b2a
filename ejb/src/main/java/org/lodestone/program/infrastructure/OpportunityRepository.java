package org.lodestone.program.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.Program;
import org.lodestone.shared.JpaRepository;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;

/** Funding opportunities, and the program whose authority they share. */
@ApplicationScoped
public class OpportunityRepository extends JpaRepository<FundingOpportunity, Long> {

  public OpportunityRepository() {
    super(FundingOpportunity.class, "Funding opportunity");
  }

  public List<FundingOpportunity> all() {
    return em.createQuery(
            "select o from FundingOpportunity o order by o.closesOn, o.number",
            FundingOpportunity.class)
        .getResultList();
  }

  /** The funds of the program's opportunities, leaving one out (or none: null). */
  public Money fundsOffered(Program program, Long excluding) {
    return em.createQuery(
            "select o.fundsAvailable from FundingOpportunity o"
                + " where o.programId = :program and (:excluding is null or o.id <> :excluding)",
            Money.class)
        .setParameter("program", program.id())
        .setParameter("excluding", excluding)
        .getResultStream()
        .reduce(Money.ZERO, Money::plus);
  }

  /** The program of this installation. */
  public Program program() {
    return em.createQuery("select p from Program p order by p.id", Program.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Program", "of this installation"));
  }

  /** The program, locked: changes to its commitments happen one at a time. */
  public Program lockProgram() {
    return em.find(Program.class, program().id(), LockModeType.PESSIMISTIC_WRITE);
  }

  public Program addProgram(Program program) {
    em.persist(program);
    em.flush();
    return program;
  }
}
