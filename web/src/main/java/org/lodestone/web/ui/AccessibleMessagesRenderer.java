package org.lodestone.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Objects;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with list items that stay list items: its {@code <li role="alert">} makes
 * the {@code <ul>} a list of non-items (axe-core: WCAG 1.3.1, "list"). The container already
 * announces changes ({@code aria-live="polite"}), so the items need no role of their own.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages component,
      FacesMessage message,
      String styleClassPrefix,
      boolean escape)
      throws IOException {
    writer.startElement("li", null);
    String summary = message.getSummary() != null ? message.getSummary() : "";
    String detail = message.getDetail() != null ? message.getDetail() : summary;
    if (component.isSkipDetailIfEqualsSummary() && Objects.equals(summary, detail)) {
      detail = "";
    }
    if (component.isShowSummary()) {
      span(writer, styleClassPrefix + "-summary", summary, escape);
    }
    if (component.isShowDetail()) {
      span(writer, styleClassPrefix + "-detail", detail, escape);
    }
    writer.endElement("li");
  }

  private static void span(ResponseWriter writer, String styleClass, String text, boolean escape)
      throws IOException {
    writer.startElement("span", null);
    writer.writeAttribute("class", styleClass, null);
    if (escape) {
      writer.writeText(text, null);
    } else {
      writer.write(text);
    }
    writer.endElement("span");
  }
}
