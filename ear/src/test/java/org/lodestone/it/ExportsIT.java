package org.lodestone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestone.it.Api.as;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exports: valid against the published schemas (OCDS 1.1.5, 360Giving 1.4.3) and the FABS field
 * list, formula-looking text defused in CSV and Excel, and an applicant's exports holding only its
 * own organization's awards.
 */
class ExportsIT extends DeployedEar {

  private static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"Lithium\")";
  private static final String OCDS = "https://standard.open-contracting.org/schema/1__1__5/";
  private static final String GIVING =
      "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
  private static long award;
  private static String number;

  @BeforeAll
  static void aPaidAward() {
    long opportunity = Api.opportunity("Export test opportunity", "100000000.00");
    award = DisbursementApiIT.activeAward(opportunity, FORMULA_TITLE).get("award");
    number = AwardApiIT.award("audrey", award).getString("number");
    DisbursementApiIT.paid(award, "export-1", "120000.00");
  }

  private static String export(String user, String name) {
    return as(user)
        .accept("*/*")
        .get("/exports/" + name)
        .then()
        .statusCode(200)
        .header("Content-Disposition", org.hamcrest.Matchers.containsString(name))
        .extract()
        .asString();
  }

  private static String resource(String name) {
    try (InputStream in = ExportsIT.class.getResourceAsStream("/standards/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The errors of {@code json} against the schema {@code root}, every schema loaded by its id;
   * {@code formatAssertions} null keeps the dialect's default.
   */
  private static List<com.networknt.schema.Error> errors(
      SpecificationVersion version,
      Map<String, String> schemasById,
      String root,
      String json,
      Boolean formatAssertions) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            version,
            b ->
                b.schemaRegistryConfig(
                        com.networknt.schema.SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(formatAssertions)
                            .build())
                    .schemas(schemasById));
    return registry.getSchema(SchemaLocation.of(root)).validate(json, InputFormat.JSON);
  }

  @Test
  void ocdsIsAValidReleasePackageWithTheContractsPaymentsAndMilestones() {
    String json = export("audrey", "ocds.json");
    var errors =
        errors(
            SpecificationVersion.DRAFT_4,
            Map.of(
                OCDS + "release-package-schema.json",
                resource("ocds-release-package-schema.json"),
                OCDS + "release-schema.json",
                resource("ocds-release-schema.json")),
            OCDS + "release-package-schema.json",
            json,
            null);
    assertThat(errors).isEmpty();
    JsonPath ocds = JsonPath.from(json);
    String release = "releases.find { it.awards[0].id == '" + number + "' }";
    assertThat(
            ocds.getDouble(release + ".contracts[0].implementation.transactions[0].value.amount"))
        .isEqualTo(120000.00);
    assertThat(ocds.getList(release + ".contracts[0].milestones.title"))
        .contains("Pilot plant commissioned");
  }

  @Test
  void threeSixtyGivingIsAValidPackageWithTheDisbursements() {
    String json = export("audrey", "360giving.json");
    String grant = resource("360-giving-schema.json");
    var errors =
        errors(
            SpecificationVersion.DRAFT_2020_12,
            Map.of(
                GIVING + "1.4.3/schema/360-giving-package-schema.json",
                resource("360-giving-package-schema.json"),
                GIVING + "1.4.3/schema/360-giving-schema.json",
                grant,
                // the package's items still name the 1.4.2 address of the same schema
                GIVING + "1.4.2/schema/360-giving-schema.json",
                grant),
            GIVING + "1.4.3/schema/360-giving-package-schema.json",
            json,
            // as 360Giving's own checker does: dates must be dates, date-times date-times
            true);
    assertThat(errors).isEmpty();
    JsonPath giving = JsonPath.from(json);
    String ours = "grants.find { it.id.endsWith('" + number + "') }";
    assertThat(giving.getDouble(ours + ".amountDisbursed")).isEqualTo(120000.00);
    assertThat(giving.getList(ours + ".disbursementTransaction")).hasSize(1);
  }

  @Test
  void usaspendingRowsHoldExactlyTheFabsFieldsWithinTheirLengths() {
    List<String[]> fields = new ArrayList<>();
    resource("fabsFields.csv").lines().skip(1).forEach(l -> fields.add(l.split(",", -1)));
    List<Map<String, Object>> rows =
        JsonPath.from(export("audrey", "usaspending.json")).getList("$");
    assertThat(rows).isNotEmpty();
    for (Map<String, Object> row : rows) {
      assertThat(row.keySet())
          .containsExactlyInAnyOrderElementsOf(fields.stream().map(f -> f[2]).toList());
      for (String[] f : fields) {
        Object value = row.get(f[2]);
        if ("TRUE".equals(f[3])) {
          assertThat(value).as(f[2] + " is required").isNotNull();
        }
        if (value == null) {
          continue;
        }
        switch (f[4]) {
          case "str" -> assertThat(value).as(f[2]).isInstanceOf(String.class);
          case "int" -> assertThat(value.toString()).as(f[2]).matches("\\d+");
          default -> assertThat(value).as(f[2]).isInstanceOf(Number.class);
        }
        assertThat(value.toString().length())
            .as(f[2] + " length")
            .isLessThanOrEqualTo(Integer.parseInt(f[5]));
      }
    }
    List<Map<String, Object>> ours =
        rows.stream().filter(r -> number.equals(r.get("fain"))).toList();
    assertThat(ours)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("action_type")).isEqualTo("A");
              assertThat(r.get("award_modification_amendme")).isEqualTo("0");
              assertThat(new java.math.BigDecimal(r.get("federal_action_obligation").toString()))
                  .isEqualByComparingTo("10000000.00");
              assertThat(r.get("period_of_performance_star")).isEqualTo("20260601");
            });
  }

  @Test
  void formulaLookingTextIsDefusedInCsvAndExcel() throws IOException {
    String csv = export("audrey", "awards.csv");
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("award_number,title,recipient");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Lithium\"\")\"");
    assertThat(export("audrey", "transactions.csv"))
        .contains(number)
        .contains("DISBURSEMENT,120000.00");
    byte[] xlsx =
        as("audrey")
            .accept("*/*")
            .get("/exports/awards.xlsx")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("Awards");
      boolean found = false;
      for (var row : sheet) {
        if (number.equals(row.getCell(0).getStringCellValue())) {
          found = true;
          assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'" + FORMULA_TITLE);
          assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(10000000.00);
          assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(120000.00);
        }
      }
      assertThat(found).as("the award is in the workbook").isTrue();
    }
  }

  @Test
  void anApplicantExportsOnlyItsOwnOrganizationsAwardsAndUnknownExportsAreRefused() {
    assertThat(export("alice", "awards.csv")).contains(number);
    assertThat(export("alice", "transactions.csv")).contains(number);
    for (String name :
        List.of(
            "awards.csv", "transactions.csv", "usaspending.json", "ocds.json", "360giving.json")) {
      assertThat(export("bob", name)).as(name).doesNotContain(number).doesNotContain("Great Basin");
    }
    as("rita").accept("*/*").get("/exports/awards.csv").then().statusCode(403);
    JsonPath unknown =
        as("audrey")
            .accept("*/*")
            .get("/exports/awards.pdf<script>")
            .then()
            .statusCode(404)
            .extract()
            .jsonPath();
    assertThat(unknown.getString("detail")).contains("awards.csv").doesNotContain("<script>");
  }
}
