package org.lodestone.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Lodestone from outside, over HTTP, on the full-size program {@link ProgramAtScaleBench} made:
 * dashboard times, and reads at 50 concurrent clients with Basic against bearer tokens. Prints one
 * table. Needs a running server on that database ({@code tools/bench.sh} starts one): {@code
 * -Dbench.base=http://localhost:8580/lodestone}.
 */
class ServerLoadBench {

  private static final String BASE =
      System.getProperty("bench.base", "http://localhost:8580/lodestone") + "/api/v1";
  private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void figuresAtFullSize() throws Exception {
    String officer = token("bench-officer");
    String auditor = token("bench-auditor");
    StringBuilder table =
        new StringBuilder(
            String.format(
                "%n| measurement | clients | requests | requests/s | p50 | p95 | p99 |%n"
                    + "|---|---|---|---|---|---|---|%n"));
    table.append(run("GET /dashboard (whole program)", 1, 60, () -> get("/dashboard", auditor)));
    table.append(
        run(
            "GET /dashboard?opportunityId=3",
            1,
            60,
            () -> get("/dashboard?opportunityId=3", auditor)));
    table.append(run("GET /dashboard (whole program)", 8, 160, () -> get("/dashboard", auditor)));
    table.append(
        run(
            "GET /minerals, HTTP Basic (PBKDF2 600,000)",
            CLIENTS,
            200,
            () -> basic("/minerals", "bench-officer")));
    table.append(
        run("GET /minerals, bearer token", CLIENTS, 5_000, () -> get("/minerals", officer)));
    AtomicInteger next = new AtomicInteger();
    table.append(
        run(
            "GET /applications/{id}, bearer token",
            CLIENTS,
            5_000,
            () -> get("/applications/" + (1 + next.getAndIncrement() % 100_000), auditor)));
    table.append(
        run(
            "GET /awards/{id}, bearer token",
            CLIENTS,
            2_000,
            () -> get("/awards/" + (1 + next.getAndIncrement() % 5_000), auditor)));
    table.append(
        run(
            "GET /awards/{id}/ledger, bearer token",
            CLIENTS,
            2_000,
            () -> get("/awards/" + (1 + next.getAndIncrement() % 5_000) + "/ledger", auditor)));
    table.append(
        run("GET /tasks (inbox), bearer token", CLIENTS, 2_000, () -> get("/tasks", officer)));

    // commands: whole submissions (create, two PDFs, submit), then the screening approvals
    String applicant = token("bench-applicant");
    List<Long> submitted = Collections.synchronizedList(new ArrayList<>());
    List<Long> submitTimes = Collections.synchronizedList(new ArrayList<>());
    table.append(
        run(
            "application submitted (create, 2 PDFs, submit), bearer token",
            CLIENTS,
            SUBMISSIONS,
            () -> submission(applicant, submitted, submitTimes)));
    // the last SUBMISSIONS: the run's own, not its warm-up's
    table.append(
        times(
            "of which POST /applications/{id}/submit",
            CLIENTS,
            submitTimes.subList(submitTimes.size() - SUBMISSIONS, submitTimes.size())));
    List<String> screenings = new ArrayList<>();
    for (int page = 0; page < 50; page++) {
      jakarta.json.JsonArray items;
      try (jakarta.json.JsonReader reader =
          jakarta.json.Json.createReader(
              new java.io.StringReader(body("/tasks?size=200&page=" + page, officer)))) {
        items = reader.readObject().getJsonArray("items");
      }
      items.stream()
          .map(jakarta.json.JsonValue::asJsonObject)
          .filter(t -> "SCREEN_APPLICATION".equals(t.getString("type")))
          .forEach(t -> screenings.add(t.getString("id")));
      if (items.isEmpty()) {
        break;
      }
    }
    AtomicInteger screening = new AtomicInteger();
    table.append(
        run(
            "screening approved (complete a task), bearer token",
            CLIENTS,
            Math.min(SUBMISSIONS, screenings.size()),
            () ->
                post(
                    "/tasks/" + screenings.get(screening.getAndIncrement()) + "/complete",
                    officer,
                    "{\"decision\":\"ACCEPT\"}",
                    204)));

    // payment requests: each client is the recipient of an award of its own, with its evidence
    List<Integer> awards = ProgramAtScaleBench.recipientAwards();
    List<String> recipients = new ArrayList<>();
    List<Long> evidence = new ArrayList<>();
    for (int award : awards) {
      recipients.add(token("bench-recipient-" + award));
      evidence.add(document(award, recipients.get(recipients.size() - 1)));
    }
    AtomicInteger seat = new AtomicInteger();
    ThreadLocal<Integer> mine =
        ThreadLocal.withInitial(() -> seat.getAndIncrement() % awards.size());
    table.append(
        run(
            "payment requested (reimbursement with evidence), bearer token",
            CLIENTS,
            PAYMENT_REQUESTS,
            () -> {
              int i = mine.get();
              send(
                  "POST",
                  "/awards/" + awards.get(i) + "/payment-requests",
                  "Bearer " + recipients.get(i),
                  "application/json",
                  paymentRequest(evidence.get(i)),
                  201,
                  "Idempotency-Key",
                  "bench-" + UUID.randomUUID());
              return 200;
            }));
    System.out.println(table);
  }

  private static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 200);
  private static final int PAYMENT_REQUESTS = Integer.getInteger("bench.payment-requests", 500);

  /** US$1,000 of October's personnel costs with as much cash cost share (the awards' 50 %). */
  private static String paymentRequest(long document) {
    return "{\"type\":\"REIMBURSEMENT\",\"amount\":\"1000.00\",\"periodStart\":\"2026-10-01\","
        + "\"periodEnd\":\"2026-10-31\",\"costsIncurred\":[{\"category\":\"PERSONNEL\","
        + "\"amount\":\"1000.00\"}],\"costShareCash\":\"1000.00\",\"documentIds\":["
        + document
        + "],\"certifications\":{\"costsAllowable\":true,\"feocOwnershipUnchanged\":true,"
        + "\"buyAmerica\":true,\"davisBacon\":true}}";
  }

  /** A PDF of evidence for payment requests, on an award; its id. */
  private static long document(int award, String token) {
    return id(pdf("/awards/" + award + "/documents", token, "PAYMENT_REQUEST"));
  }

  /** The id a creation answered with. */
  private static long id(String created) {
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created);
    assertThat(id.find()).as(created).isTrue();
    return Long.parseLong(id.group(1));
  }

  /** Uploads a small PDF of a kind (a multipart form, as pages and scripts send it); the answer. */
  private static String pdf(String path, String token, String kind) {
    String boundary = "lodestone-bench-boundary";
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
            + kind
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"document.pdf\""
            + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj << /Type /Catalog >>"
            + " endobj\n% "
            + kind
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n\r\n--"
            + boundary
            + "--\r\n";
    return send(
        "POST",
        path,
        "Bearer " + token,
        "multipart/form-data; boundary=" + boundary,
        multipart,
        201);
  }

  private static final String APPLICATION =
      "{\"opportunityId\":8,\"title\":\"Bench submission\",\"summary\":\"Direct lithium"
          + " extraction from brine.\",\"topicArea\":\"EXTRACTION\",\"minerals\":[\"LITHIUM\"],"
          + "\"site\":{\"state\":\"NV\",\"county\":\"Esmeralda\",\"latitude\":\"37.7544\","
          + "\"longitude\":\"-117.6351\"},\"projectStage\":\"FEASIBILITY\","
          + "\"capacityTonnesPerYear\":10000,\"jobsCreated\":40,\"totalProjectCost\":\"4000000.00\","
          + "\"federalAmountRequested\":\"2000000.00\",\"costShareCash\":\"1500000.00\","
          + "\"costShareInKind\":\"500000.00\",\"startDate\":\"2027-06-01\","
          + "\"endDate\":\"2030-05-31\",\"permits\":[{\"type\":\"STATE_MINING\","
          + "\"agency\":\"Nevada Division of Minerals\",\"expectedDate\":\"2027-09-01\"}],"
          + "\"budget\":[{\"category\":\"EQUIPMENT\",\"amount\":\"2500000.00\"},"
          + "{\"category\":\"CONSTRUCTION\",\"amount\":\"1000000.00\"},"
          + "{\"category\":\"PERSONNEL\",\"amount\":\"500000.00\"}],"
          + "\"ownershipCertified\":true}";

  /** One whole submission; answers 200 when every step answered as it should. */
  private static int submission(String token, List<Long> submitted, List<Long> submitTimes) {
    String created =
        send("POST", "/applications", "Bearer " + token, "application/json", APPLICATION, 201);
    long application = id(created);
    for (String kind : List.of("TECHNICAL_VOLUME", "BUDGET_JUSTIFICATION")) {
      pdf("/applications/" + application + "/attachments", token, kind);
    }
    long t = System.nanoTime();
    post("/applications/" + application + "/submit", token, "", 200);
    submitTimes.add(System.nanoTime() - t);
    submitted.add(application);
    return 200;
  }

  private static String times(String name, int clients, List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return String.format(
        "| %s | %d | %,d | | %s | %s | %s |%n",
        name, clients, sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99));
  }

  private static String body(String path, String token) {
    return send("GET", path, "Bearer " + token, null, null, 200);
  }

  /** A POST that must answer {@code expected}; answers 200 when it did. */
  private static int post(String path, String token, String json, int expected) {
    send("POST", path, "Bearer " + token, "application/json", json, expected);
    return 200;
  }

  /** A call that must answer {@code expected}; its body. Extra headers come as name, value. */
  private static String send(
      String method,
      String path,
      String authorization,
      String type,
      String body,
      int expected,
      String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Authorization", authorization)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (type != null) {
      request.header("Content-Type", type);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<String> answer =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(expected);
      return answer.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code requests} calls from {@code clients} threads; each call must answer 200. */
  private static String run(String name, int clients, int requests, Supplier<Integer> call)
      throws Exception {
    for (int i = 0; i < Math.min(20, requests); i++) {
      call.get();
    }
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger left = new AtomicInteger(requests);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                while (left.getAndDecrement() > 0) {
                  long t = System.nanoTime();
                  int status = call.get();
                  times.add(System.nanoTime() - t);
                  assertThat(status).as(name).isEqualTo(200);
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return String.format(
        "| %s | %d | %,d | %,.0f | %s | %s | %s |%n",
        name,
        clients,
        sorted.size(),
        sorted.size() / seconds,
        ms(sorted, 0.50),
        ms(sorted, 0.95),
        ms(sorted, 0.99));
  }

  private static String ms(List<Long> sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return String.format("%.0f ms", sorted.get(Math.max(0, index)) / 1e6);
  }

  private static int get(String path, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token));
  }

  private static int basic(String path, String user) {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Authorization", basicAuthorization(user)));
  }

  private static int send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(String user) {
    String created =
        send(
            "POST",
            "/tokens",
            basicAuthorization(user),
            "application/json",
            "{\"name\":\"benchmark\",\"validForDays\":1}",
            201);
    Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(created);
    assertThat(secret.find()).isTrue();
    return secret.group(1);
  }

  private static String basicAuthorization(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":bench").getBytes(StandardCharsets.UTF_8));
  }
}
