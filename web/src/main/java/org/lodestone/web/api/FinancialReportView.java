package org.lodestone.web.api;

import java.time.LocalDate;
import org.lodestone.reporting.domain.FinancialReport;

/** SF-425 lines 10a-10k, in dollars. */
public record FinancialReportView(
    LocalDate periodEnd,
    String federalCashReceipts,
    String federalCashDisbursements,
    String federalCashOnHand,
    String totalFederalFundsAuthorized,
    String federalShareOfExpenditures,
    String federalShareOfUnliquidatedObligations,
    String totalFederalShare,
    String unobligatedBalanceOfFederalFunds,
    String totalRecipientShareRequired,
    String recipientShareOfExpenditures,
    String remainingRecipientShareToBeProvided) {

  static FinancialReportView of(FinancialReport r) {
    return new FinancialReportView(
        r.periodEnd(),
        Fields.money(r.federalCashReceipts()),
        Fields.money(r.federalCashDisbursements()),
        Fields.money(r.federalCashOnHand()),
        Fields.money(r.totalFederalFundsAuthorized()),
        Fields.money(r.federalShareOfExpenditures()),
        Fields.money(r.federalShareOfUnliquidatedObligations()),
        Fields.money(r.totalFederalShare()),
        Fields.money(r.unobligatedBalanceOfFederalFunds()),
        Fields.money(r.totalRecipientShareRequired()),
        Fields.money(r.recipientShareOfExpenditures()),
        Fields.money(r.remainingRecipientShareToBeProvided()));
  }
}
