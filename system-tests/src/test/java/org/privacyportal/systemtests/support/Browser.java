package org.privacyportal.systemtests.support;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Selenide on Debian's Chromium and chromedriver (Selenium Manager cannot download browsers here),
 * with a fresh profile per browser and the flags that keep Chromium off the closed network.
 */
public final class Browser {

    public static final String PHONE = "360x800";
    public static final String DESKTOP = "1280x900";

    private Browser() {
    }

    /** Starts a fresh browser of the given window size whose Accept-Language is {@code language}. */
    public static void open(String size, String language) {
        Selenide.closeWebDriver();
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Configuration.browser = "chrome";
        Configuration.browserBinary = "/usr/bin/chromium";
        Configuration.headless = true;
        Configuration.browserSize = size;
        Configuration.timeout = 20_000;
        Configuration.pageLoadTimeout = 60_000;
        Configuration.reportsFolder = System.getProperty("portal.reportsDir", "target/browser-reports");
        Configuration.downloadsFolder = System.getProperty("portal.downloadsDir", "target/browser-downloads");
        Configuration.savePageSource = true;
        Configuration.screenshots = true;

        ChromeOptions options = new ChromeOptions();
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=" + language, "--user-data-dir=" + freshProfile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        Configuration.browserCapabilities = options;
    }

    /** Opens a page of the test stack's portal, e.g. {@code visit("/account")}, in the browser {@link #open} started. */
    public static void visit(String path) {
        Selenide.open(TestStack.get().frontendUrl() + path);
    }

    /** Waits until every Vaadin client on the page is idle (the check TestBench uses), instead of sleeping. */
    public static void waitForVaadin() {
        Selenide.Wait().until(driver -> Boolean.TRUE.equals(Selenide.executeJavaScript(
                "const v = window.Vaadin; if (!v || !v.Flow || !v.Flow.clients) return false;"
                        + "return Object.values(v.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Fills in and submits the real Keycloak login form. */
    public static void signInAtKeycloak(String username) {
        $("#username").shouldBe(visible).setValue(username);
        $("#password").setValue(DemoUsers.password(username));
        $("#kc-login").click();
    }

    /** Runs axe-core on the current page and fails on any WCAG 2.1 A or AA violation. */
    public static void assertNoAccessibilityViolations() {
        waitForVaadin();
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(WebDriverRunner.getWebDriver());
        assertThat(results.getViolations())
                .as("axe-core WCAG 2.1 AA violations on %s", currentUrl())
                .extracting(v -> v.getId() + ": " + v.getHelp())
                .isEmpty();
    }

    public static boolean hasHorizontalScroll() {
        return Boolean.TRUE.equals(Selenide.executeJavaScript(
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
