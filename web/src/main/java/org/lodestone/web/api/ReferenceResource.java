package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestone.organization.application.OrganizationService;
import org.lodestone.organization.domain.Organization;
import org.lodestone.organization.domain.OrganizationProfile;
import org.lodestone.organization.domain.Owner;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.Mineral;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

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
      String country,
      List<OwnerView> owners,
      String feocStatus,
      long version) {}

  public record AddressBody(String street, String city, String state, String postalCode) {}

  public record OrganizationRequest(
      String legalName,
      String uei,
      AddressBody address,
      String country,
      List<OwnerView> owners,
      Long version) {}

  @GET
  @Path("minerals")
  public List<MineralView> minerals() {
    return opportunities.minerals().stream().map(m -> new MineralView(m.code(), m.name())).toList();
  }

  @POST
  @Path("minerals")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addMineral(MineralView mineral, @Context UriInfo uri) {
    if (mineral == null) {
      throw new RuleViolationException("body", "is required");
    }
    Mineral added = opportunities.addMineral(mineral.code(), mineral.name());
    return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build())
        .entity(new MineralView(added.code(), added.name()))
        .build();
  }

  @GET
  @Path("organizations/me")
  public OrganizationView myOrganization() {
    return view(organizations.mine());
  }

  @PUT
  @Path("organizations/me")
  @Consumes(MediaType.APPLICATION_JSON)
  public OrganizationView reviseMyOrganization(OrganizationRequest request) {
    if (request == null || request.version() == null) {
      throw new RuleViolationException("version", "is required: send the version you last read");
    }
    AddressBody address =
        request.address() == null ? new AddressBody(null, null, null, null) : request.address();
    List<Owner> owners = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    List<OwnerView> bodies = request.owners() == null ? List.of() : request.owners();
    for (int i = 0; i < bodies.size(); i++) {
      OwnerView o = bodies.get(i);
      try {
        owners.add(
            new Owner(
                o.name(),
                o.country(),
                o.sharePercent() == null ? null : new BigDecimal(o.sharePercent())));
      } catch (NumberFormatException e) {
        violations.add(
            new Violation("owners[" + i + "].sharePercent", "must be a number such as 25.5"));
      } catch (RuleViolationException e) {
        int index = i;
        e.violations()
            .forEach(
                v ->
                    violations.add(
                        new Violation(
                            v.field().replace("owners.", "owners[" + index + "]."), v.message())));
      }
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    return view(
        organizations.reviseMine(
            request.version(),
            new OrganizationProfile(
                request.legalName(),
                request.uei(),
                address.street(),
                address.city(),
                address.state(),
                address.postalCode(),
                request.country(),
                owners)));
  }

  private static OrganizationView view(Organization o) {
    Map<String, String> address = new java.util.LinkedHashMap<>();
    address.put("street", o.street());
    address.put("city", o.city());
    address.put("state", o.state());
    address.put("postalCode", o.postalCode());
    return new OrganizationView(
        o.id(),
        o.legalName(),
        o.uei(),
        address,
        o.country(),
        o.owners().stream()
            .map(w -> new OwnerView(w.name(), w.country(), w.sharePercent().toPlainString()))
            .toList(),
        o.feocStatus().name(),
        o.version());
  }
}
