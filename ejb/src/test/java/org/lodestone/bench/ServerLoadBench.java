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
    System.out.println(table);
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
    String credentials =
        Base64.getEncoder().encodeToString((user + ":bench").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Authorization", "Basic " + credentials));
  }

  private static int send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(String user) throws Exception {
    String credentials =
        Base64.getEncoder().encodeToString((user + ":bench").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + "/tokens"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"benchmark\",\"validForDays\":1}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(created.body());
    assertThat(secret.find()).isTrue();
    return secret.group(1);
  }
}
