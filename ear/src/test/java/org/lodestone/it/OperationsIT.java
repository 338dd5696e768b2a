package org.lodestone.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

/** What operators and client developers rely on: health, the OpenAPI document, the login page. */
class OperationsIT extends DeployedEar {

  @Test
  void readinessReportsTheDeploymentUp() {
    given()
        .get("http://localhost:10090/health/ready")
        .then()
        .statusCode(200)
        .body(containsString("lodestone.ear"))
        .body(containsString("\"OK\""));
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    given()
        .get("http://localhost:8180/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/lodestone/api/v1/applications/{id}/submit"))
        .body(containsString("/lodestone/api/v1/tasks/{id}/complete"))
        .body(containsString("/lodestone/api/v1/audit/verification"))
        // a schema for the body of every task type
        .body(containsString("RateRisk"))
        .body(containsString("ScreenApplication"))
        .body(containsString("DecideSelection"));
  }

  @Test
  void pagesNeedASignedInUserAndSessionCookiesStayOnThisSite() {
    given()
        .redirects()
        .follow(false)
        .get(Deployments.BASE_URL + "/app/index.xhtml")
        .then()
        .statusCode(200)
        .header("Set-Cookie", containsString("SameSite=Lax"))
        .body(containsString("j_security_check"));
  }
}
