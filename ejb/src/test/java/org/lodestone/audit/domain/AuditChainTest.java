package org.lodestone.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private final AuditChainHead head = AuditChainHead.empty();
  private final List<AuditEvent> events = new ArrayList<>();

  private void append(String event, Map<String, ?> data) {
    events.add(
        head.append(
            Instant.parse("2027-01-01T10:00:00.123456789Z"),
            "alice",
            "Application",
            "1",
            event,
            data));
  }

  private ChainVerification verify(List<AuditEvent> chain) {
    ChainVerification verification = new ChainVerification();
    chain.forEach(verification::accept);
    verification.finish(head);
    return verification;
  }

  private static void set(AuditEvent event, String field, Object value)
      throws ReflectiveOperationException {
    Field f = AuditEvent.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(event, value);
  }

  @Test
  void eventsGetConsecutiveIdsAndEachNamesThePreviousHash() {
    append("ApplicationDrafted", Map.of());
    append("ApplicationSubmitted", Map.of("before", "DRAFT", "after", "SUBMITTED"));

    assertThat(events).extracting(AuditEvent::id).containsExactly(1L, 2L);
    assertThat(events.get(1).canonicalForm()).endsWith(events.get(0).hash());
    assertThat(head.lastHash()).isEqualTo(events.get(1).hash());
    assertThat(events.get(0).occurredAt()).isEqualTo("2027-01-01T10:00:00.123456Z");
  }

  @Test
  void anUntouchedChainVerifies() {
    append("A", Map.of("x", "1"));
    append("B", Map.of());
    append("C", Map.of("reason", "line one\nline \"two\""));

    ChainVerification verification = verify(events);

    assertThat(verification.valid()).isTrue();
    assertThat(verification.events()).isEqualTo(3);
    assertThat(verification.firstBrokenEventId()).isNull();
  }

  @Test
  void anAlteredFieldBreaksTheChainAtThatEvent() throws ReflectiveOperationException {
    append("A", Map.of());
    append("B", Map.of("amount", "100.00"));
    append("C", Map.of());
    set(events.get(1), "data", "{\"amount\":\"900.00\"}");

    assertThat(verify(events).firstBrokenEventId()).isEqualTo(2L);
  }

  @Test
  void aRecomputedHashStillBreaksTheNextLink() throws ReflectiveOperationException {
    append("A", Map.of());
    append("B", Map.of());
    append("C", Map.of());
    set(events.get(1), "actor", "mallory");
    set(events.get(1), "hash", events.get(1).computeHash());

    assertThat(verify(events).firstBrokenEventId()).isEqualTo(3L);
  }

  @Test
  void aRemovedEventBreaksTheChainWhereItWas() {
    append("A", Map.of());
    append("B", Map.of());
    append("C", Map.of());
    events.remove(1);

    assertThat(verify(events).firstBrokenEventId()).isEqualTo(3L);
  }

  @Test
  void eventsCutOffTheEndAreNoticedThroughTheHead() {
    append("A", Map.of());
    append("B", Map.of());

    ChainVerification verification = verify(events.subList(0, 1));

    assertThat(verification.valid()).isFalse();
    assertThat(verification.firstBrokenEventId()).isEqualTo(2L);
  }

  @Test
  void canonicalDataSortsKeysAndEscapes() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("b", "x\"y");
    data.put("a", null);
    data.put("c", 12);
    assertThat(CanonicalJson.of(data)).isEqualTo("{\"a\":null,\"b\":\"x\\\"y\",\"c\":\"12\"}");
  }

  @Test
  void listsAndMapsInTheDataStayStructuredAndSorted() {
    Map<String, Object> change = new java.util.LinkedHashMap<>();
    change.put("field", "title");
    change.put("before", "Old");
    change.put("after", "New");
    assertThat(CanonicalJson.of(Map.of("changes", java.util.List.of(change), "n", 3)))
        .isEqualTo(
            "{\"changes\":[{\"after\":\"New\",\"before\":\"Old\",\"field\":\"title\"}],\"n\":\"3\"}");
  }
}
