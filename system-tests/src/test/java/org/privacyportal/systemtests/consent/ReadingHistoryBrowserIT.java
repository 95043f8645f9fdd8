package org.privacyportal.systemtests.consent;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selectors.byText;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;

/**
 * Turning reading history off asks first, in plain words, and offers the export. Keeping it on
 * changes nothing. (Deleting is ReadingHistoryDeletionBrowserIT's, on children's accounts no other
 * browser test reads: here it would take the demo patron's history away from the other tests.)
 */
@BrowserTest
class ReadingHistoryBrowserIT {

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void turningItOffAsksFirstAndKeepingItOnChangesNothing(String windowSize) {
    Browser.open(windowSize, "en-US");
    Browser.visit("/records/loan_history");
    Browser.signInAtKeycloak(DemoUsers.PATRON);
    $$("#records-list .record-item").shouldHave(sizeGreaterThan(0));
    // vaadin-checkbox reflects its state in the "checked" attribute (isSelected() knows only
    // <input>)
    $("#history-keep").shouldBe(visible).shouldHave(attribute("checked"));

    // the box itself, not the middle of the component (that is its helper text, which does not
    // toggle)
    $("#history-keep input").click();

    $("#history-off-confirm").shouldBe(visible);
    $(byText("Delete your reading history?")).shouldBe(visible);
    $("#history-off-download").shouldBe(visible);
    Browser.assertNoAccessibilityViolations();

    $("#history-off-cancel").click();

    $("#history-off-confirm").shouldBe(hidden);
    $("#history-keep").shouldHave(attribute("checked"));
    $$("#records-list .record-item").shouldHave(sizeGreaterThan(0));
  }
}
