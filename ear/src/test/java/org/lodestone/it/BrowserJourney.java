package org.lodestone.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A journey in headless Chromium against the deployed EAR: a fresh browser per test, and a
 * screenshot (target/screenshots/FAILED-*.png) when a test fails.
 */
abstract class BrowserJourney extends DeployedEar {

  protected Browser browser;

  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure =
      context -> {
        if (context.getExecutionException().isPresent()) {
          browser.capture("FAILED-" + context.getRequiredTestMethod().getName());
        }
      };

  @BeforeEach
  void startBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }
}
