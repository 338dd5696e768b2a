package org.lodestone.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An uploaded document checked as a PDF (by its content, not its name), at most 25 MB, with a name
 * safe to show and store and its SHA-256, so anyone can prove later that a file is the one
 * uploaded. Applications' attachments and awards' evidence documents are both made from it.
 */
public record PdfUpload(String fileName, long sizeBytes, String sha256) {

  public static final int MAX_BYTES = 25 * 1024 * 1024;
  public static final String CONTENT_TYPE = "application/pdf";
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  /** The upload described, or null with the reason added to {@code violations} (field "file"). */
  public static PdfUpload check(String fileName, byte[] content, List<Violation> violations) {
    if (content == null || content.length == 0) {
      violations.add(new Violation("file", "is required and must not be empty"));
    } else if (content.length > MAX_BYTES) {
      violations.add(new Violation("file", "is larger than the 25 MB limit"));
    } else if (!isPdf(content)) {
      violations.add(
          new Violation("file", "is not a PDF document (its content does not start with %PDF-)"));
    } else {
      return new PdfUpload(safeName(fileName), content.length, sha256(content));
    }
    return null;
  }

  /** A PDF starts with %PDF- and carries %%EOF in its last kilobyte. */
  public static boolean isPdf(byte[] content) {
    if (content.length < PDF_MAGIC.length + PDF_END.length) {
      return false;
    }
    for (int i = 0; i < PDF_MAGIC.length; i++) {
      if (content[i] != PDF_MAGIC[i]) {
        return false;
      }
    }
    int from = Math.max(0, content.length - 1024);
    outer:
    for (int i = content.length - PDF_END.length; i >= from; i--) {
      for (int j = 0; j < PDF_END.length; j++) {
        if (content[i + j] != PDF_END[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Keeps the last path segment, printable characters only, and the .pdf ending. */
  public static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name =
        name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    if (name.isEmpty()) {
      name = "document";
    }
    return name.toLowerCase().endsWith(".pdf") ? name : name + ".pdf";
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
