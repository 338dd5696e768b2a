package org.lodestone.audit.domain;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Event data as JSON with keys sorted, lists as arrays and every other value written as a string,
 * so the same facts always give the same bytes (and the same hash).
 */
final class CanonicalJson {

  private CanonicalJson() {}

  static String of(Map<String, ?> data) {
    return value(new StringBuilder(), data).toString();
  }

  private static StringBuilder value(StringBuilder json, Object value) {
    if (value == null) {
      return json.append("null");
    }
    if (value instanceof Map<?, ?> map) {
      json.append('{');
      boolean first = true;
      for (Map.Entry<String, ?> entry : sorted(map).entrySet()) {
        if (!first) {
          json.append(',');
        }
        first = false;
        quote(json, entry.getKey()).append(':');
        value(json, entry.getValue());
      }
      return json.append('}');
    }
    if (value instanceof Collection<?> list) {
      json.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          json.append(',');
        }
        first = false;
        value(json, item);
      }
      return json.append(']');
    }
    return quote(json, value.toString());
  }

  private static Map<String, ?> sorted(Map<?, ?> map) {
    Map<String, Object> sorted = new TreeMap<>();
    map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
    return sorted;
  }

  private static StringBuilder quote(StringBuilder json, String text) {
    json.append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
