package org.lodestone.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lodestone.access.ApiToken;
import org.lodestone.access.ApiTokens;
import org.lodestone.shared.ProgramClock;

/** The signed-in person's API tokens: create one (its secret shown once), revoke one. */
@Named
@RequestScoped
public class ApiTokensPage {

  @Inject private ApiTokens tokens;
  @Inject private ProgramClock clock;

  private List<ApiToken> items;
  private String name;
  private Integer validForDays = 90;
  private String secret;

  public List<ApiToken> getItems() {
    if (items == null) {
      items = tokens.mine();
    }
    return items;
  }

  public boolean live(ApiToken token) {
    return token.live(clock.now());
  }

  public String state(ApiToken token) {
    return token.revokedAt().isPresent() ? "Revoked" : live(token) ? "Live" : "Expired";
  }

  public String create() {
    Messages.attempt(
        () -> {
          ApiTokens.Created created = tokens.create(name, validForDays);
          secret = created.secret();
          items = null;
          name = null;
          Messages.info(
              "Token \u201c"
                  + created.token().name()
                  + "\u201d created. Copy it now: it is not shown again.");
        },
        "create");
    return null;
  }

  public String revoke(String id) {
    if (Messages.attempt(() -> tokens.revoke(id), "tokens")) {
      Messages.info("Token revoked: calls made with it are refused from now on.");
    }
    return "/app/api-tokens.xhtml?faces-redirect=true";
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getValidForDays() {
    return validForDays;
  }

  public void setValidForDays(Integer validForDays) {
    this.validForDays = validForDays;
  }

  public String getSecret() {
    return secret;
  }
}
