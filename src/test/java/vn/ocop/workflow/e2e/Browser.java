package vn.ocop.workflow.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium of the Debian packages {@code chromium} and {@code chromium-driver}, driven by
 * Selenium, set to one language and to Vietnam's time zone; nothing is downloaded (no Selenium
 * Manager). Screenshots go to {@code target/e2e/}.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "e2e");
  static final String CHROMIUM = System.getenv().getOrDefault("OCOP_E2E_CHROMIUM", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getenv().getOrDefault("OCOP_E2E_CHROMEDRIVER", "/usr/bin/chromedriver");
  static final Duration PATIENCE = Duration.ofSeconds(30);

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final String baseUrl;
  private final Path profile;

  /** @param language the browser's first language, as {@code navigator.languages[0]}: "vi", "en-US" … */
  Browser(int port, String language) {
    this.baseUrl = "http://localhost:" + port;
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    try {
      this.profile = Files.createTempDirectory("ocop-e2e-chromium-");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh"))
        .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, PATIENCE);
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Opens a webapp and logs in through its own login page. */
  void logIn(String app, String user, String password) {
    open("/camunda/app/" + app + "/default/");
    // the login page may still be redrawn while it is typed into (under load a password once landed in
    // the user name field): type, read both fields back, and type again until they hold what was typed
    By username = By.cssSelector("input[ng-model=username]");
    By passwordField = By.cssSelector("input[ng-model=password]");
    for (int attempt = 1; ; attempt++) {
      visible(username).clear();
      visible(username).sendKeys(user);
      visible(passwordField).clear();
      visible(passwordField).sendKeys(password);
      if (user.equals(visible(username).getDomProperty("value"))
          && password.equals(visible(passwordField).getDomProperty("value"))) {
        break;
      }
      if (attempt == 3) {
        throw new IllegalStateException("The login form did not keep what was typed for " + user);
      }
      pause(500);
    }
    click(By.cssSelector("form[name=signinForm] button[type=submit]"));
    visible(By.cssSelector("[cam-widget-header] .account"));
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Clicks an element once it is clickable, scrolled to the middle (clear of fixed headers and footers).
   * While a form is still being laid out (texts computed, a claimed task's header redrawn) another element
   * may lie over it for a moment: then it is scrolled and clicked again, a few times.
   */
  void click(By by) {
    for (int attempt = 1; ; attempt++) {
      WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
      driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      try {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        return;
      } catch (ElementClickInterceptedException e) {
        if (attempt == 5) {
          throw e;
        }
        pause(300);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until an element shows this text, and returns the element. */
  WebElement withText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return driver.findElement(by);
  }

  List<String> texts(By by) {
    return driver.findElements(by).stream().filter(WebElement::isDisplayed).map(e -> e.getText().strip()).toList();
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  static By text(String tag, String text) {
    return By.xpath("//" + tag + "[normalize-space()='" + text + "']");
  }

  // ---- Camunda Forms as form-js renders them: every field's id ends with "-Field_<key>" ----

  void fill(String key, String value) {
    WebElement field = visible(By.cssSelector("[id$='-Field_" + key + "']"));
    field.clear();
    field.sendKeys(value);
  }

  void choose(String key, String label) {
    click(By.cssSelector("[id$='-Field_" + key + "-display']"));
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
  }

  void pick(String radioKey, int option) {
    click(By.cssSelector("input[id$='-Field_" + radioKey + "-" + option + "']"));
  }

  /** Saves a screenshot (and the page's text beside it) under target/e2e/. */
  Path screenshot(String name) {
    try {
      Path png = SCREENSHOTS.resolve(name + ".png");
      Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(SCREENSHOTS.resolve(name + ".txt"), pageText(), StandardCharsets.UTF_8);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a leftover profile in the temp folder harms nothing
    }
  }
}
