package org.privacyportal.systemtests.records;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.matchText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;

/**
 * From a dashboard card to that category's records, a page at a time, on a phone and on a desktop.
 */
@BrowserTest
class RecordsBrowserIT {

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void patronOpensCurrentLoansAndPagesSearchesAndDownloadsTheirHistory(String windowSize)
      throws Exception {
    Browser.open(windowSize, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("#open-loans").shouldBe(visible).click();
    $("#records-list").shouldBe(visible);
    $$("#records-list .record-item").shouldHave(sizeGreaterThan(0));
    $("#records-list").shouldHave(text("Due"));
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();

    $("#records-back").click();
    $("#open-loan_history").shouldBe(visible).click();
    $$("#records-list .record-item").shouldHave(sizeGreaterThan(1));
    // Vaadin buttons are web components: "disabled" is their attribute, not the native property
    $("#records-previous").shouldHave(attribute("disabled"));
    $("#records-position").shouldHave(matchText("Page 1 of \\d+"));
    $("#records-next").shouldNotHave(attribute("disabled")).click();
    $("#records-position").shouldHave(matchText("Page 2 of \\d+"));
    $("#records-previous").shouldNotHave(attribute("disabled"));
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();

    // search for the first title shown: fewer entries, every one matching
    long all = entries();
    String title = $("#records-list .record-item h2").getText();
    $("#history-search input").setValue(title).pressEnter();
    $("#records-position").shouldHave(matchText("Page 1 of \\d+"));
    $$("#records-list .record-item").first().shouldHave(text(title));
    assertThat(entries()).isLessThan(all).isPositive();
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();

    File csv = $("#history-download").shouldBe(visible).download();
    assertThat(csv.getName()).isEqualTo("reading-history.csv");
    List<String> lines = Files.readAllLines(csv.toPath());
    assertThat(lines.getFirst()).isEqualTo("title,author,format,branch,checked out,due,returned");
    assertThat(lines).hasSize((int) entries() + 1);
  }

  /** The number of entries in all, from "Page 1 of 3 (25 entries)". */
  private static long entries() {
    Matcher m = Pattern.compile("\\((\\d+) entr").matcher($("#records-position").getText());
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE})
  void anUnknownCategoryShowsNothingToShow(String windowSize) {
    Browser.open(windowSize, "es-ES");
    Browser.visit("/records/no_such_category");
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("#records-notice").shouldHave(text("Nada que mostrar"));
    assertThat(Browser.pageLanguage()).isEqualTo("es");
    Browser.assertNoAccessibilityViolations();
  }
}
