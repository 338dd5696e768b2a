package org.lodestone.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.lodestone.shared.Decimals;
import org.lodestone.shared.RuleViolationException;

/**
 * Bounds every number in a JSON request body from its text, before JSON-B makes a {@link
 * java.math.BigDecimal} of it or anything computes with it: at most {@value Decimals#MAX_CHARS}
 * characters and an exponent of at most {@value #MAX_EXPONENT}. {@code 1E-2000000} is refused at
 * once, naming the property it was given for, and never repeated in the answer.
 */
@Provider
public class BoundedNumbers implements ReaderInterceptor {

  static final int MAX_EXPONENT = 30;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      byte[] body = context.getInputStream().readAllBytes();
      check(new String(body, StandardCharsets.UTF_8));
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  /** Refuses the first number that is too long or too large, naming the property it belongs to. */
  static void check(String json) {
    String lastString = null;
    String key = "body";
    boolean inString = false;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          lastString = text.length() <= 60 ? text.toString() : "body";
        } else if (text.length() <= 60) {
          text.append(c);
        }
        continue;
      }
      if (c == '"') {
        inString = true;
        text.setLength(0);
      } else if (c == ':') {
        key = lastString == null ? "body" : lastString;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        int end = i;
        while (end < json.length() && "0123456789+-.eE".indexOf(json.charAt(end)) >= 0) {
          end++;
        }
        if (!bounded(json, i, end)) {
          throw new RuleViolationException(key, Decimals.RULE);
        }
        i = end - 1;
      }
    }
  }

  private static boolean bounded(String json, int start, int end) {
    if (end - start > Decimals.MAX_CHARS) {
      return false;
    }
    String number = json.substring(start, end);
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    if (e < 0) {
      return true;
    }
    try {
      return Math.abs(Integer.parseInt(number.substring(e + 1))) <= MAX_EXPONENT;
    } catch (NumberFormatException ex) {
      return false;
    }
  }
}
