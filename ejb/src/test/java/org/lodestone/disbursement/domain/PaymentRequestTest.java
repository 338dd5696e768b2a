package org.lodestone.disbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/** Segregation of duties, reductions, returns, rejections and the release of a payment request. */
class PaymentRequestTest {

  static final Instant NOW = Instant.parse("2027-05-03T14:00:00Z");
  static final Money THRESHOLD = Money.of("10000000");

  static PaymentClaim claim(String amount) {
    return new PaymentClaim(
        PaymentType.REIMBURSEMENT,
        null,
        Money.of(amount),
        LocalDate.parse("2027-04-01"),
        LocalDate.parse("2027-04-30"),
        List.of(new CostLine(BudgetCategory.EQUIPMENT, Money.of(amount))),
        Money.of(amount),
        Money.ZERO,
        Set.of(3L),
        new Certifications(true, true, true, false));
  }

  static PaymentRequest request(String amount) {
    return new PaymentRequest(
        "PR-2027-000001", 7L, 3L, 2L, 1, claim(amount), "key-1", "alice", NOW);
  }

  private static void decide(PaymentRequest r, ApprovalStep step, String actor) {
    r.decide(step, PaymentDecision.APPROVE, null, null, actor, THRESHOLD, NOW);
  }

  @Test
  void aProgramOfficerAndAFinanceOfficerApproveAndTheRequestAwaitsItsRelease() {
    PaymentRequest r = request("250000.00");
    assertThat(r.nextStep(THRESHOLD)).contains(ApprovalStep.APPROVE_PAYMENT);
    decide(r, ApprovalStep.APPROVE_PAYMENT, "olivia");
    assertThat(r.nextStep(THRESHOLD)).contains(ApprovalStep.CERTIFY_PAYMENT);
    decide(r, ApprovalStep.CERTIFY_PAYMENT, "fiona");
    assertThat(r.status()).isEqualTo(PaymentStatus.APPROVED);
    assertThat(r.nextStep(THRESHOLD)).isEmpty();
    r.release("PAY-2027-000001", 42L, NOW);
    assertThat(r.status()).isEqualTo(PaymentStatus.RELEASED);
    assertThat(r.paymentReference()).isEqualTo("PAY-2027-000001");
    assertThatThrownBy(() -> r.release("PAY-2027-000001", 43L, NOW))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void theRequesterNeverDecidesAndNobodyDecidesTwiceOnOneSubmission() {
    PaymentRequest r = request("12000000.00");
    assertThatThrownBy(() -> decide(r, ApprovalStep.APPROVE_PAYMENT, "alice"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("alice requested payment PR-2027-000001");
    decide(r, ApprovalStep.APPROVE_PAYMENT, "olivia");
    assertThatThrownBy(() -> decide(r, ApprovalStep.CERTIFY_PAYMENT, "olivia"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("already decided");
    decide(r, ApprovalStep.CERTIFY_PAYMENT, "fiona");
    assertThat(r.nextStep(THRESHOLD)).contains(ApprovalStep.SECOND_CERTIFY_PAYMENT);
    assertThatThrownBy(() -> decide(r, ApprovalStep.SECOND_CERTIFY_PAYMENT, "fiona"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("another person");
    decide(r, ApprovalStep.SECOND_CERTIFY_PAYMENT, "felix");
    assertThat(r.status()).isEqualTo(PaymentStatus.APPROVED);
    assertThat(r.approvals())
        .extracting(Approval::actor)
        .containsExactly("olivia", "fiona", "felix");
  }

  @Test
  void aStepAlreadyTakenOrNotYetDueIsAConflict() {
    PaymentRequest r = request("1000.00");
    assertThatThrownBy(() -> decide(r, ApprovalStep.CERTIFY_PAYMENT, "fiona"))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("awaits Program officer approval");
    decide(r, ApprovalStep.APPROVE_PAYMENT, "olivia");
    decide(r, ApprovalStep.CERTIFY_PAYMENT, "fiona");
    assertThatThrownBy(() -> decide(r, ApprovalStep.CERTIFY_PAYMENT, "felix"))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("awaits no approval");
  }

  @Test
  void anApprovalMayReduceWithAReasonNeverRaise() {
    PaymentRequest r = request("1000.00");
    assertThatThrownBy(
            () ->
                r.decide(
                    ApprovalStep.APPROVE_PAYMENT,
                    PaymentDecision.APPROVE,
                    Money.of("1000.01"),
                    "more",
                    "olivia",
                    THRESHOLD,
                    NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("never raise");
    assertThatThrownBy(
            () ->
                r.decide(
                    ApprovalStep.APPROVE_PAYMENT,
                    PaymentDecision.APPROVE,
                    Money.of("900.00"),
                    " ",
                    "olivia",
                    THRESHOLD,
                    NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("why the amount is reduced");
    r.decide(
        ApprovalStep.APPROVE_PAYMENT,
        PaymentDecision.APPROVE,
        Money.of("900.00"),
        "Travel is not allowable",
        "olivia",
        THRESHOLD,
        NOW);
    assertThat(r.approvedAmount()).isEqualTo(Money.of("900.00"));
    assertThat(r.requestedAmount()).isEqualTo(Money.of("1000.00"));
    assertThatThrownBy(
            () ->
                r.decide(
                    ApprovalStep.CERTIFY_PAYMENT,
                    PaymentDecision.APPROVE,
                    Money.of("950.00"),
                    "back up",
                    "fiona",
                    THRESHOLD,
                    NOW))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aReductionBelowTheThresholdNeedsNoSecondCertification() {
    PaymentRequest r = request("10000000.01");
    r.decide(
        ApprovalStep.APPROVE_PAYMENT,
        PaymentDecision.APPROVE,
        Money.of("10000000.00"),
        "One invoice counted twice",
        "olivia",
        THRESHOLD,
        NOW);
    decide(r, ApprovalStep.CERTIFY_PAYMENT, "fiona");
    assertThat(r.status()).isEqualTo(PaymentStatus.APPROVED);
  }

  @Test
  void aReturnedRequestIsCorrectedAndApprovedAfreshByTheSamePeople() {
    PaymentRequest r = request("1000.00");
    decide(r, ApprovalStep.APPROVE_PAYMENT, "olivia");
    assertThatThrownBy(
            () ->
                r.decide(
                    ApprovalStep.CERTIFY_PAYMENT,
                    PaymentDecision.RETURN,
                    null,
                    null,
                    "fiona",
                    THRESHOLD,
                    NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("why the request is returned");
    r.decide(
        ApprovalStep.CERTIFY_PAYMENT,
        PaymentDecision.RETURN,
        null,
        "Attach the invoices",
        "fiona",
        THRESHOLD,
        NOW);
    assertThat(r.status()).isEqualTo(PaymentStatus.RETURNED);
    assertThat(r.nextStep(THRESHOLD)).isEmpty();
    r.resubmit(1, claim("800.00"), "alice", NOW);
    assertThat(r.status()).isEqualTo(PaymentStatus.SUBMITTED);
    assertThat(r.round()).isEqualTo(2);
    decide(r, ApprovalStep.APPROVE_PAYMENT, "olivia");
    decide(r, ApprovalStep.CERTIFY_PAYMENT, "fiona");
    assertThat(r.status()).isEqualTo(PaymentStatus.APPROVED);
    assertThat(r.approvedAmount()).isEqualTo(Money.of("800.00"));
  }

  @Test
  void aRejectedRequestIsNeverResubmittedOrReleased() {
    PaymentRequest r = request("1000.00");
    r.decide(
        ApprovalStep.APPROVE_PAYMENT,
        PaymentDecision.REJECT,
        null,
        "Outside the period",
        "olivia",
        THRESHOLD,
        NOW);
    assertThat(r.status()).isEqualTo(PaymentStatus.REJECTED);
    assertThatThrownBy(() -> r.resubmit(1, claim("1000.00"), "alice", NOW))
        .isInstanceOf(StateConflictException.class);
    assertThatThrownBy(() -> r.release("PAY-1", 1L, NOW))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void aHoldTurnsAnApprovedRequestHeldUntilItLifts() {
    PaymentRequest r = request("1000.00");
    r.held(true);
    assertThat(r.status()).isEqualTo(PaymentStatus.SUBMITTED);
    decide(r, ApprovalStep.APPROVE_PAYMENT, "olivia");
    decide(r, ApprovalStep.CERTIFY_PAYMENT, "fiona");
    r.held(true);
    assertThat(r.status()).isEqualTo(PaymentStatus.HELD);
    assertThatThrownBy(() -> r.release("PAY-1", 1L, NOW))
        .isInstanceOf(StateConflictException.class);
    r.held(false);
    assertThat(r.status()).isEqualTo(PaymentStatus.APPROVED);
  }

  @Test
  void theFingerprintTellsARetryFromAnotherRequest() {
    assertThat(claim("1000.00").fingerprint()).isEqualTo(claim("1000").fingerprint());
    assertThat(claim("1000.00").fingerprint()).isNotEqualTo(claim("1000.01").fingerprint());
  }

  @Test
  void aClaimWithoutItsEssentialsNamesEachField() {
    PaymentClaim empty =
        new PaymentClaim(
            PaymentType.REIMBURSEMENT, 4L, Money.ZERO, null, null, null, null, null, null, null);
    assertThat(empty.violations(LocalDate.parse("2027-05-03")))
        .extracting(org.lodestone.shared.Violation::field)
        .contains("amount", "milestoneId", "periodStart", "costsIncurred", "documentIds");
    PaymentClaim future = claim("1000.00");
    assertThat(future.violations(LocalDate.parse("2027-04-29")))
        .extracting(org.lodestone.shared.Violation::field)
        .containsExactly("periodEnd");
    PaymentClaim milestone =
        new PaymentClaim(
            PaymentType.MILESTONE,
            null,
            Money.of("5"),
            null,
            null,
            null,
            null,
            null,
            Set.of(1L),
            null);
    assertThat(milestone.violations(LocalDate.parse("2027-05-03")))
        .extracting(org.lodestone.shared.Violation::field)
        .containsExactly("milestoneId");
  }
}
