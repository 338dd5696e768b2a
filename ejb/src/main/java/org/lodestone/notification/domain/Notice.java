package org.lodestone.notification.domain;

/** What a notification says: a title and a message, cut to what the columns hold. */
public record Notice(String title, String message) {

  public static final int TITLE_MAX = 200;
  public static final int MESSAGE_MAX = 2000;

  public Notice {
    title = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
    message = message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX) : message;
  }
}
