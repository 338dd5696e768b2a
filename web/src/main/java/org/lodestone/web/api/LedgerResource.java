package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.lodestone.ledger.application.Ledger;

/** The program's ledger, newest first, for staff and auditors. */
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

  @Inject private Ledger ledger;

  @GET
  public Page<AwardView.LedgerEntryView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Paging paging = Paging.of(page, size);
    return new Page<>(
        ledger.all(paging.page(), paging.size()).stream()
            .map(AwardView.LedgerEntryView::of)
            .toList(),
        paging.page(),
        paging.size(),
        ledger.count());
  }
}
