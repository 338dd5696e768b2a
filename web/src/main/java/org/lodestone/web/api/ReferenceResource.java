package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.lodestone.organization.application.OrganizationService;
import org.lodestone.organization.domain.Organization;
import org.lodestone.program.application.OpportunityService;

/** Reference data and the caller's organization. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

  @Inject private OpportunityService opportunities;
  @Inject private OrganizationService organizations;

  public record MineralView(String code, String name) {}

  public record OwnerView(String name, String country, String sharePercent) {}

  public record OrganizationView(
      long id,
      String legalName,
      String uei,
      Map<String, String> address,
      List<OwnerView> owners,
      String feocStatus) {}

  @GET
  @Path("minerals")
  public List<MineralView> minerals() {
    return opportunities.minerals().stream().map(m -> new MineralView(m.code(), m.name())).toList();
  }

  @GET
  @Path("organizations/me")
  public OrganizationView myOrganization() {
    Organization o = organizations.mine();
    return new OrganizationView(
        o.id(),
        o.legalName(),
        o.uei(),
        Map.of(
            "street", String.valueOf(o.street()),
            "city", String.valueOf(o.city()),
            "state", String.valueOf(o.state()),
            "postalCode", String.valueOf(o.postalCode()),
            "country", o.country()),
        o.owners().stream()
            .map(w -> new OwnerView(w.name(), w.country(), w.sharePercent().toPlainString()))
            .toList(),
        o.feocStatus().name());
  }
}
