package org.lodestone.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download header that survives any file name (RFC 6266 with an RFC 5987 UTF-8 name). */
public final class ContentDisposition {

  private ContentDisposition() {}

  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9 ._()-]", "_");
    String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
