package org.lodestone.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the page steps the journeys share (sign in,
 * sign out, PrimeFaces widgets) and screenshots under target/screenshots.
 */
final class Browser implements AutoCloseable {

  final WebDriver driver;
  private final WebDriverWait wait;
  private final Accessibility accessibility = new Accessibility();

  Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1366,900",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(
                    System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void open(String path) {
    driver.get(Deployments.BASE_URL + path);
  }

  void signIn(String user) {
    open("/");
    type(By.id("username"), user);
    type(By.id("password"), Api.PASSWORD);
    driver.findElement(By.id("signIn")).click();
    visible(By.id("signOut"));
  }

  /**
   * Opens a page of a server under single sign-on and signs in on the provider's page it is sent to
   * (Keycloak's form: the provider's page, not ours, so axe does not judge it).
   */
  void signInAtProvider(String url, String user) {
    driver.get(url);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(Keycloak.password(user));
    driver.findElement(By.id("kc-login")).click();
  }

  /** Signs in with the keyboard alone: type, Tab, type, Enter. */
  void signInByKeyboard(String user) {
    open("/");
    visible(By.id("username"));
    keys(user, Keys.TAB, Api.PASSWORD, Keys.ENTER);
    visible(By.id("signOut"));
  }

  /** Presses Tab until the element has the focus; fails when the keyboard cannot reach it. */
  void tabTo(By target) {
    // present, not necessarily visible: PrimeFaces radios are visually hidden native inputs
    WebElement wanted = wait.until(ExpectedConditions.presenceOfElementLocated(target));
    accessibility.check(driver, false);
    for (int i = 0; i < 120; i++) {
      if (wanted.equals(driver.switchTo().activeElement())) {
        return;
      }
      keys(Keys.TAB);
    }
    throw new AssertionError(target + " cannot be reached with the Tab key");
  }

  /** Keys pressed on whatever has the focus. */
  void keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  void signOut() {
    driver.findElement(By.id("signOut")).click();
    visible(By.id("signIn"));
  }

  WebElement visible(By by) {
    WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    accessibility.check(driver, false);
    return element;
  }

  void type(By by, String text) {
    WebElement field = visible(by);
    field.clear();
    field.sendKeys(text);
  }

  void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  /** Opens, from the work inbox, the caller's task about an application. */
  void openTask(String applicationNumber) {
    click(By.id("navInbox"));
    click(taskLink(applicationNumber));
  }

  /** As {@link #openTask} with the keyboard alone. */
  void openTaskByKeyboard(String applicationNumber) {
    tabTo(By.id("navInbox"));
    keys(Keys.ENTER);
    tabTo(taskLink(applicationNumber));
    keys(Keys.ENTER);
  }

  private static By taskLink(String applicationNumber) {
    return By.xpath(
        "//tr[td[contains(normalize-space(), '"
            + applicationNumber
            + "')]]//a[contains(@class,'ls-task-link')]");
  }

  /** Picks the option of a PrimeFaces selectOneMenu whose label starts with {@code label}. */
  void choose(String menuId, String label) {
    By panel = By.id(menuId + "_panel");
    By item =
        By.xpath(
            "//div[@id='"
                + menuId
                + "_panel']//li[contains(@class,'ui-selectonemenu-item') and starts-with(normalize-space(.), '"
                + label
                + "')]");
    click(By.id(menuId + "_label"));
    // PrimeFaces marks the overlay once its opening transition is over; clicks before land
    // elsewhere
    wait.until(
        d ->
            d.findElement(panel).getAttribute("class").contains("ui-connected-overlay-enter-done"));
    click(item);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
  }

  /** Picks the option of a PrimeFaces selectOneRadio, selectManyCheckbox or selectOneButton. */
  void option(String id, String label) {
    click(
        By.xpath(
            "//*[@id='"
                + id
                + "']//*[(self::label or contains(@class,'ui-button')) and starts-with(normalize-space(.), '"
                + label
                + "')]"));
  }

  /** Ticks the options of a PrimeFaces selectCheckboxMenu whose labels are given. */
  void tick(String menuId, String... labels) {
    click(By.id(menuId));
    // as in choose: clicks before the overlay's opening transition ends land on the wrong item
    By panel = By.id(menuId + "_panel");
    wait.until(
        d ->
            d.findElement(panel).getAttribute("class").contains("ui-connected-overlay-enter-done"));
    for (String label : labels) {
      click(
          By.xpath(
              "//div[@id='"
                  + menuId
                  + "_panel']//li[.//label[normalize-space(.)='"
                  + label
                  + "']]//div[contains(@class,'ui-chkbox-box')]"));
    }
    driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    click(By.xpath("//h1"));
  }

  /**
   * Types a date (yyyy-MM-dd) into a PrimeFaces datePicker, closes its calendar by leaving the
   * field, and waits until the field holds the date.
   */
  void date(String id, String value) {
    By field = By.id(id + "_input");
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = visible(field);
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
      input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
      input.sendKeys(value);
      input.sendKeys(org.openqa.selenium.Keys.TAB);
      if (value.equals(driver.findElement(field).getAttribute("value"))) {
        return;
      }
    }
    throw new AssertionError("the date picker " + id + " did not take " + value);
  }

  /** Types into a PrimeFaces inputNumber (its visible input). */
  void number(String id, String value) {
    WebElement field = visible(By.id(id + "_input"));
    field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    field.sendKeys(org.openqa.selenium.Keys.DELETE);
    field.sendKeys(value);
    // leave the field, so that the widget has written the number to the input the form submits
    field.sendKeys(org.openqa.selenium.Keys.TAB);
    java.math.BigDecimal wanted = new java.math.BigDecimal(value);
    wait.until(
        d -> {
          String held = d.findElement(By.id(id + "_hinput")).getAttribute("value");
          try {
            return held != null && new java.math.BigDecimal(held).compareTo(wanted) == 0;
          } catch (NumberFormatException e) {
            return false;
          }
        });
  }

  /** The wizard's next step; waits until the step title is active. */
  void next(String stepTitle) {
    click(By.cssSelector(".ui-wizard-nav-next"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath(
                "//li[contains(@class,'ui-state-highlight') and normalize-space(.)='"
                    + stepTitle
                    + "']")));
  }

  void gone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  void waitForText(By by, String text) {
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    } catch (org.openqa.selenium.WebDriverException e) {
      // Chromium answers a look-up that races an AJAX update of the same element with this
      // inspector error instead of a stale element: look again
      if (!String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        throw e;
      }
      wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }
    accessibility.check(driver, false);
  }

  /** Checks the page's accessibility as it stands, then keeps a screenshot of it. */
  void screenshot(String name) {
    accessibility.check(driver, true);
    capture(name);
  }

  /** A screenshot without checks (of a failure, from the top, where the messages are). */
  void capture(String name) {
    if (name.startsWith("FAILED-")) {
      ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
    }
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
