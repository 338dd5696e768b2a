package org.lodestone.audit.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Event data as JSON with keys sorted and every value written as a string, so the same facts always
 * give the same bytes (and the same hash).
 */
final class CanonicalJson {

  private CanonicalJson() {}

  static String of(Map<String, ?> data) {
    StringBuilder json = new StringBuilder("{");
    new TreeMap<>(data)
        .forEach(
            (key, value) -> {
              if (json.length() > 1) {
                json.append(',');
              }
              quote(json, key).append(':');
              if (value == null) {
                json.append("null");
              } else {
                quote(json, value.toString());
              }
            });
    return json.append('}').toString();
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
