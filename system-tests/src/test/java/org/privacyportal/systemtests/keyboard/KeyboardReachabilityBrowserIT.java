package org.privacyportal.systemtests.keyboard;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.Keyboard;
import org.privacyportal.systemtests.support.TestStack;

/**
 * Every page a patron, a guardian or a staff member reaches can be used by keyboard alone: each
 * control is reached with the Tab key and Shift+Tab walks back (see {@link Keyboard}), on a phone
 * and on a desktop. One sign-in per user and size, then page after page in the same browser; a page
 * that fails does not stop the others, and the failure names the page. Only Tab, Shift+Tab, and
 * Enter and Escape to open and close the access log's question dialog are pressed, so the pages
 * change nothing. For the staff list to show its buttons, the third-party demo patron (whose
 * details no other test reads) asks for a change through the API, rejected through the API after
 * the walk.
 */
@BrowserTest
class KeyboardReachabilityBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The demo patron's self-service pages; the records of each dashboard card are added from the
   * dashboard.
   */
  private static final List<String> PATRON_PAGES =
      List.of(
          "/account",
          "/settings/sms",
          "/consents",
          "/privacy-policy",
          "/my-data",
          "/details",
          "/access-log",
          "/guardians/request",
          "/account/authorizations",
          "/account/authorizations/new");

  /** The guardian's account page has the account switcher (a select) the patron's has not. */
  private static final List<String> GUARDIAN_PAGES = List.of("/account");

  /** Staff: the account page (the staff links) and the staff desk's lists. */
  private static final List<String> STAFF_PAGES =
      List.of("/account", "/staff/detail-changes", "/staff/guardian-links");

  /**
   * Controls that must be among those found on a page: a check that the walk looks where it should.
   */
  private static final Map<String, List<String>> EXPECTED =
      Map.of(
          "/account", List.of("#language-es", "#sign-out"),
          "/records/loan_history", List.of("#history-search", "#history-sort", "#history-download"),
          "/staff/detail-changes", List.of("#staff-approve-", "#staff-reject-"));

  static Stream<Arguments> usersAndSizes() {
    return Stream.of(Browser.PHONE, Browser.DESKTOP)
        .flatMap(
            size ->
                Stream.of(
                    Arguments.of(DemoUsers.PATRON, size, PATRON_PAGES),
                    Arguments.of(DemoUsers.GUARDIAN, size, GUARDIAN_PAGES),
                    Arguments.of(DemoUsers.STAFF, size, STAFF_PAGES)));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("usersAndSizes")
  void everyControlOfEveryPageIsReachedWithTheTabKey(
      String user, String windowSize, List<String> pages) {
    Browser.open(windowSize, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(user);
    $("h1").shouldBe(visible);

    Set<String> toVisit = new LinkedHashSet<>(pages);
    if (DemoUsers.PATRON.equals(user)) {
      toVisit.addAll(recordPagesOfTheDashboard());
    }
    // the staff list's Approve and Reject show only with a request pending: one of a patron no
    // other test asks for
    String pending = DemoUsers.STAFF.equals(user) ? askForADetailChange() : null;
    try {
      walkEach(toVisit, user, windowSize);
    } finally {
      if (pending != null) {
        rejectDetailChange(pending);
      }
    }
  }

  private static void walkEach(Set<String> toVisit, String user, String windowSize) {
    List<String> failures = new ArrayList<>();
    for (String page : toVisit) {
      Browser.visit(page);
      $("h1").shouldBe(visible);
      String where = page + " (" + user + ", " + windowSize + ")";
      try {
        List<String> controls = Keyboard.assertEveryControlReachedByTab(where);
        for (String id : EXPECTED.getOrDefault(page, List.of())) {
          assertThat(controls).as("controls found on %s", where).anyMatch(c -> c.contains(id));
        }
        // a name such as "… question: {0}" is a translation pattern left unfilled
        assertThat(controls)
            .as("names of the controls on %s", where)
            .noneMatch(c -> c.matches(".*\\{\\d}.*"));
        if ("/access-log".equals(page)) {
          // the first entry not yet asked about (AccessLogBrowserIT asks about the newest ones)
          openByKeyboard($$("vaadin-button[id^=access-ask-]").first(), "#access-question-dialog");
          Keyboard.assertEveryControlOfTheDialogReachedByTab(
              where + ", question dialog", "#access-question-dialog");
        }
      } catch (AssertionError e) {
        failures.add(e.getMessage());
        Selenide.screenshot(
            "keyboard-" + page.replaceAll("\\W+", "_") + "-" + user + "-" + windowSize);
      }
    }
    assertThat(failures).as("pages visited: %s", toVisit).isEmpty();
  }

  /**
   * The walk itself can fail: a control taken out of the Tab order, hidden focus, a trap, each on
   * the start page.
   */
  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE})
  void theWalkFailsOnAnUnreachableControlAHiddenFocusAndATrap(String windowSize) {
    Browser.open(windowSize, "en-US");
    Browser.visit("/");
    $("#sign-in").shouldBe(visible);
    Keyboard.assertEveryControlReachedByTab("/ as it is");

    Selenide.executeJavaScript("document.getElementById('sign-in').tabIndex = -1;");
    assertThatThrownBy(
            () -> Keyboard.assertEveryControlReachedByTab("/ without sign-in in the Tab order"))
        .hasMessageContaining("never reached with Tab")
        .hasMessageContaining("a#sign-in 'Sign in'");

    Browser.visit("/");
    $("#sign-in").shouldBe(visible);
    Selenide.executeJavaScript(
        "const style = document.createElement('style');"
            + "style.textContent = 'a:focus, a:focus-visible { outline: none !important; box-shadow: none !important; }';"
            + "document.head.append(style);");
    assertThatThrownBy(
            () -> Keyboard.assertEveryControlReachedByTab("/ with the links' focus hidden"))
        .hasMessageContaining("look the same focused and unfocused");

    Browser.visit("/");
    $("#sign-in").shouldBe(visible);
    Selenide.executeJavaScript(
        "document.querySelectorAll('a').forEach(a => a.addEventListener('keydown',"
            + " e => { if (e.key === 'Tab' && e.shiftKey) e.preventDefault(); }));");
    assertThatThrownBy(() -> Keyboard.assertEveryControlReachedByTab("/ with Shift+Tab held"))
        .hasMessageContaining("Shift+Tab");
  }

  /**
   * Theo Grant (the third-party demo login) asks for a new e-mail address; returns the request's
   * id.
   */
  private static String askForADetailChange() {
    TestStack stack = TestStack.get();
    String token = stack.tokens().accessToken(DemoUsers.THIRD_PARTY);
    String patronId = json(stack.api().get("/api/v1/me", token)).get("id").asText();
    HttpResponse<String> asked =
        stack
            .api()
            .post(
                "/api/v1/patrons/" + patronId + "/details/changes",
                token,
                "{\"email\":\"theo.keyboard-test@example.org\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    return json(asked).get("id").asText();
  }

  /** Leaves Theo's details as they were: the request is rejected, through the staff API. */
  private static void rejectDetailChange(String requestId) {
    TestStack stack = TestStack.get();
    HttpResponse<String> rejected =
        stack
            .api()
            .post(
                "/api/v1/staff/detail-changes/" + requestId + "/reject",
                stack.tokens().accessToken(DemoUsers.STAFF),
                "{\"reason\":\"Keyboard test clean-up\"}");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a dialog with the Enter key on the control that opens it. */
  private static void openByKeyboard(SelenideElement opener, String dialog) {
    Selenide.executeJavaScript("arguments[0].focus()", opener.shouldBe(visible));
    new Actions(WebDriverRunner.getWebDriver()).sendKeys(Keys.ENTER).perform();
    $(dialog).shouldBe(visible);
  }

  /** Each dashboard card's link (a category's records, or the access log), as a path. */
  private static List<String> recordPagesOfTheDashboard() {
    Browser.visit("/account");
    $$("#dashboard a[id^=open-]").shouldHave(sizeGreaterThan(5));
    List<String> paths = new ArrayList<>();
    $$("#dashboard a[id^=open-]")
        .asFixedIterable()
        .forEach(link -> paths.add(URI.create(link.getAttribute("href")).getPath()));
    assertThat(paths).contains("/records/loans", "/records/loan_history");
    return paths;
  }
}
