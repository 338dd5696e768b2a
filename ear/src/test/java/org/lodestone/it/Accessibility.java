package org.lodestone.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Section 508 in the browser tests: axe-core's WCAG 2.1 A and AA rules on every page a journey
 * visits (each new address, and each state a journey takes a screenshot of); a serious or critical
 * violation fails the journey, naming the rule, the page and the elements.
 */
final class Accessibility {

  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> FAILING = Set.of("serious", "critical");

  private String lastChecked;
  private int pagesChecked;

  /** Checks the page unless this address was the last one checked (and not forced). */
  void check(WebDriver driver, boolean force) {
    String url = driver.getCurrentUrl();
    if (!force && url.equals(lastChecked)) {
      return;
    }
    lastChecked = url;
    pagesChecked++;
    // check the page at rest: loaded, no PrimeFaces request in flight (it dims the button that sent
    // it), no jQuery animation and no CSS transition running (a button fading back in after its
    // request measures below its real contrast)
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax"
                                + " || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery(':animated').length === 0)"
                                + " && document.getAnimations().filter(a => a instanceof CSSTransition"
                                + " && a.playState === 'running').length === 0;")));
    Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
    List<Rule> failing =
        results.getViolations().stream().filter(r -> FAILING.contains(r.getImpact())).toList();
    if (!failing.isEmpty()) {
      throw new AssertionError(
          "accessibility (WCAG 2.1 AA) on "
              + url
              + ":\n"
              + failing.stream()
                  .map(
                      r ->
                          "  "
                              + r.getImpact()
                              + " "
                              + r.getId()
                              + ": "
                              + r.getHelp()
                              + " -> "
                              + r.getNodes().stream()
                                  .limit(5)
                                  .map(n -> String.valueOf(n.getTarget()))
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }

  int pagesChecked() {
    return pagesChecked;
  }
}
