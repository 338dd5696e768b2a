package org.lodestone.web.api;

import java.util.ArrayList;
import java.util.List;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * The {@code page} and {@code size} of a list request, read from their text and bounded so that
 * {@code page * size} never overflows: page 0 to {@value #MAX_PAGE}, size 1 to the list's maximum.
 */
record Paging(int page, int size) {

  static final int MAX_PAGE = 100_000;
  static final int DEFAULT_SIZE = 20;

  static Paging of(String page, String size, int maxSize) {
    List<Violation> v = new ArrayList<>();
    int p = whole(v, "page", page, 0, 0, MAX_PAGE);
    int s = whole(v, "size", size, DEFAULT_SIZE, 1, maxSize);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    return new Paging(p, s);
  }

  static Paging of(String page, String size) {
    return of(page, size, 200);
  }

  int first() {
    return page * size;
  }

  /** One page of a list held in memory. */
  <T> Page<T> of(List<T> all) {
    int from = (int) Math.min((long) first(), all.size());
    int to = (int) Math.min((long) from + size, all.size());
    return new Page<>(all.subList(from, to), page, size, all.size());
  }

  private static int whole(
      List<Violation> v, String field, String text, int fallback, int min, int max) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    String t = text.strip();
    if (t.length() > 7
        || !t.matches("\\d+")
        || Integer.parseInt(t) < min
        || Integer.parseInt(t) > max) {
      v.add(new Violation(field, "must be a whole number from " + min + " to " + max));
      return fallback;
    }
    return Integer.parseInt(t);
  }
}
