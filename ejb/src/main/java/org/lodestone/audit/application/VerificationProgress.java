package org.lodestone.audit.application;

import java.util.concurrent.atomic.AtomicLong;

/** How far a running verification has got: events checked of the events to check. */
public class VerificationProgress {

  private final AtomicLong total = new AtomicLong();
  private final AtomicLong checked = new AtomicLong();

  void start(long events) {
    total.set(events);
  }

  void checked(long events) {
    checked.set(events);
  }

  public long total() {
    return total.get();
  }

  public long checked() {
    return checked.get();
  }

  /** Whole percent done, 0 to 100. */
  public int percent() {
    long all = total.get();
    return all == 0 ? 0 : (int) Math.min(100, checked.get() * 100 / all);
  }
}
