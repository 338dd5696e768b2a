package org.lodestone.shared;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The fields that differ between two versions of a record, with their values before and after, as
 * audit events keep them ({@code [{field, before, after}]}): enough to rebuild every version.
 */
public final class Changes {

  private Changes() {}

  public static List<Map<String, Object>> between(Record before, Record after) {
    List<Map<String, Object>> changes = new ArrayList<>();
    for (RecordComponent component : after.getClass().getRecordComponents()) {
      String old = before == null ? null : text(value(component, before));
      String now = text(value(component, after));
      if (!Objects.equals(old, now)) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", component.getName());
        change.put("before", old);
        change.put("after", now);
        changes.add(change);
      }
    }
    return changes;
  }

  /**
   * A value as text that does not depend on how it was stored: numbers without trailing zeros
   * ({@code 37.7544}, not {@code 37.754400}), records and lists field by field.
   */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal number) {
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Collection<?> list) {
      StringJoiner joined = new StringJoiner(", ", "[", "]");
      list.forEach(item -> joined.add(text(item)));
      return joined.toString();
    }
    if (value instanceof Record record) {
      StringJoiner joined = new StringJoiner(", ", "{", "}");
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        String text = text(value(component, record));
        if (text != null) {
          joined.add(component.getName() + "=" + text);
        }
      }
      return joined.toString();
    }
    return value.toString();
  }

  private static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
