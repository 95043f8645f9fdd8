package org.privacyportal.systemtests.support;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Selenide on Debian's Chromium and chromedriver (Selenium Manager cannot download browsers here),
 * with a fresh profile per browser and the flags that keep Chromium off the closed network.
 */
public final class Browser {

  public static final String PHONE = "360x800";
  public static final String DESKTOP = "1280x900";

  /**
   * The narrowest phone the portal is made for (docs/accessibility.md): no page scrolls sideways.
   */
  public static final int PHONE_WIDTH = 360;

  /**
   * What sticks out past the right edge of the viewport, in words, or null: the page's own width,
   * then each visible element whose box ends past the edge while its parent's does not (the one to
   * fix, not its children). An element inside a box of the page's content ({@code main}) that the
   * reader can scroll sideways on its own (a wide table in its scroller) does not count; one cut
   * off by a box that hides its overflow does, and so does one in a scroller around the whole page.
   */
  private static final String SIDEWAYS_OVERFLOW =
      """
            const edge = document.documentElement.clientWidth;
            const past = r => r.width > 0 && r.height > 0 && r.right > edge + 1;
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.classList.length ? '.' + [...el.classList].join('.') : '');
            const content = document.querySelector('main');
            const scrolledOnItsOwn = el => {
              if (!content) return false;
              for (let box = el.parentElement; box && box !== content && content.contains(box); box = box.parentElement) {
                const x = getComputedStyle(box).overflowX;
                if ((x === 'auto' || x === 'scroll') && !past(box.getBoundingClientRect())) return true;
              }
              return false;
            };
            const found = [];
            if (document.documentElement.scrollWidth > edge) {
              found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            }
            for (const el of document.body.querySelectorAll('*')) {
              const box = el.getBoundingClientRect();
              if (!past(box) || getComputedStyle(el).visibility === 'hidden') continue;
              if (el.parentElement && el.parentElement !== document.body
                  && past(el.parentElement.getBoundingClientRect())) continue;
              if (scrolledOnItsOwn(el)) continue;
              found.push(name(el) + ' reaches ' + Math.round(box.right) + ' px');
            }
            return found.length ? found.slice(0, 5).join('; ') + ' (viewport ' + edge + ' px)' : null;
            """;

  /** Held while the global configuration is set and a browser starts with it. */
  private static final Object STARTING = new Object();

  private Browser() {}

  /**
   * Starts a fresh browser of the given window size whose Accept-Language is {@code language}, for
   * the calling thread (Selenide keeps one browser per thread, so test classes running in parallel
   * each drive their own).
   */
  public static void open(String size, String language) {
    Selenide.closeWebDriver();
    // Selenide's Configuration is global and read when the browser starts: set it and start this
    // thread's browser in one step, so that a test starting one at the same time cannot swap in
    // its own size or language
    synchronized (STARTING) {
      configureAndStart(size, language);
    }
    sizeTheWindow(size);
  }

  private static void configureAndStart(String size, String language) {
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    Configuration.browser = "chrome";
    Configuration.browserBinary = "/usr/bin/chromium";
    Configuration.headless = true;
    Configuration.browserSize = size;
    Configuration.timeout = 20_000;
    Configuration.pageLoadTimeout = 60_000;
    Configuration.reportsFolder = System.getProperty("portal.reportsDir", "target/browser-reports");
    Configuration.downloadsFolder =
        System.getProperty("portal.downloadsDir", "target/browser-downloads");
    Configuration.savePageSource = true;
    Configuration.screenshots = true;

    ChromeOptions options = new ChromeOptions();
    options.addArguments(
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=" + language,
        "--user-data-dir=" + freshProfile());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    Configuration.browserCapabilities = options;
    Selenide.open();
  }

  private static void sizeTheWindow(String size) {
    // Headless Chromium opens a window at least 500 px wide whatever --window-size says, so the
    // "360x800" tests ran at 500 px and a page 386 px wide passed. Started here and sized through
    // WebDriver, the page really is 360 px wide (checked).
    String[] widthAndHeight = size.split("x");
    int width = Integer.parseInt(widthAndHeight[0]);
    WebDriverRunner.getWebDriver()
        .manage()
        .window()
        .setSize(new Dimension(width, Integer.parseInt(widthAndHeight[1])));
    Long viewport = Selenide.executeJavaScript("return window.innerWidth;");
    assertThat(viewport).as("viewport width of a %s window", size).isEqualTo(width);
  }

  /**
   * Opens a page of the test stack's portal, e.g. {@code visit("/account")}, in the browser {@link
   * #open} started.
   */
  public static void visit(String path) {
    Selenide.open(TestStack.get().frontendUrl() + path);
  }

  /**
   * Waits until every Vaadin client on the page is idle (the check TestBench uses), instead of
   * sleeping; then checks that the page, as it now is, does not scroll sideways ({@link
   * #assertNoSidewaysScroll}): every browser test waits here on each page it checks.
   */
  public static void waitForVaadin() {
    waitUntilIdle();
    assertNoSidewaysScroll();
  }

  private static void waitUntilIdle() {
    Selenide.Wait()
        .until(
            driver ->
                Boolean.TRUE.equals(
                    Selenide.executeJavaScript(
                        "const v = window.Vaadin; if (!v || !v.Flow || !v.Flow.clients) return false;"
                            + "return Object.values(v.Flow.clients).every(c => !c.isActive || !c.isActive());")));
  }

  /**
   * Fails when the portal page shown scrolls sideways or has an element past the viewport's right
   * edge, naming the element (its box can stick out while the page itself does not scroll, when an
   * ancestor hides overflow). Pages that are not the portal's (Keycloak's sign-in) are not checked.
   */
  public static void assertNoSidewaysScroll() {
    if (!onPortalPage()) {
      return;
    }
    String overflow = Selenide.executeJavaScript(SIDEWAYS_OVERFLOW);
    assertThat(overflow)
        .as(
            "sideways overflow on %s at %s px",
            currentUrl(), WebDriverRunner.getWebDriver().manage().window().getSize().getWidth())
        .isNull();
  }

  /**
   * Checks the page shown at {@link #PHONE_WIDTH}, as every browser test does when it ends ({@link
   * BrowserTestExtension}); a screenshot named after {@code name} is saved when it fails.
   */
  public static void assertNoSidewaysScrollOnPhone(String name) {
    if (!WebDriverRunner.hasWebDriverStarted() || !onPortalPage()) {
      return;
    }
    onPhone(
        () -> {
          try {
            waitForVaadin();
          } catch (AssertionError e) {
            Selenide.screenshot("sideways-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
            throw e;
          }
        });
  }

  /** Runs {@code steps} with the window {@link #PHONE_WIDTH} wide, then gives it back its width. */
  public static void onPhone(Runnable steps) {
    var window = WebDriverRunner.getWebDriver().manage().window();
    Dimension size = window.getSize();
    boolean narrowed = size.getWidth() > PHONE_WIDTH;
    if (narrowed) {
      window.setSize(new Dimension(PHONE_WIDTH, size.getHeight()));
    }
    try {
      steps.run();
    } finally {
      if (narrowed) {
        window.setSize(size);
      }
    }
  }

  private static boolean onPortalPage() {
    String url = currentUrl();
    return url != null && url.startsWith(TestStack.get().frontendUrl());
  }

  /**
   * Fills in and submits the real Keycloak login form, and waits until Keycloak has answered (the
   * browser left the form's address): no other sign-in of the same user runs meanwhile ({@link
   * SignInTurns}).
   */
  public static void signInAtKeycloak(String username) {
    SignInTurns.take(
        username,
        () -> {
          $("#username").shouldBe(visible).setValue(username);
          $("#password").setValue(DemoUsers.password(username));
          String form = currentUrl();
          $("#kc-login").click();
          try {
            Selenide.Wait().until(driver -> !form.equals(driver.getCurrentUrl()));
          } catch (TimeoutException stillThere) {
            // the test's own checks say what went wrong on the page
          }
          return null;
        });
  }

  /** Runs axe-core on the current page and fails on any WCAG 2.1 A or AA violation. */
  public static void assertNoAccessibilityViolations() {
    waitForVaadin();
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(WebDriverRunner.getWebDriver());
    assertThat(results.getViolations())
        .as("axe-core WCAG 2.1 AA violations on %s", currentUrl())
        .extracting(v -> v.getId() + ": " + v.getHelp())
        .isEmpty();
  }

  public static boolean hasHorizontalScroll() {
    return Boolean.TRUE.equals(
        Selenide.executeJavaScript(
            "return document.documentElement.scrollWidth > window.innerWidth + 1;"));
  }

  public static String pageLanguage() {
    return Selenide.executeJavaScript("return document.documentElement.lang;");
  }

  public static String currentUrl() {
    return WebDriverRunner.url();
  }

  private static String freshProfile() {
    try {
      return Files.createTempDirectory("portal-chromium-").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
