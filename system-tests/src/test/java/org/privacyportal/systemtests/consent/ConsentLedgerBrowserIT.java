package org.privacyportal.systemtests.consent;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThanOrEqual;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent ledger through the real sign-in: the demo patron's entries as cards (her reading
 * history from the old system, her text-message and access-alert opt-ins, her policy acceptance),
 * and a receipt downloaded as JSON with the Kantara fields. Reads only: other tests may add entries
 * (newest first), so the checks look for the demo's own entries rather than at fixed positions.
 */
@BrowserTest
class ConsentLedgerBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
    void theLedgerShowsEachChangeAndItsReceiptDownloads(String windowSize) throws Exception {
        Browser.open(windowSize, "en-US");
        Browser.visit("/consents");
        Browser.signInAtKeycloak(DemoUsers.PATRON);

        $("h1").shouldHave(text("My consents and receipts"));
        $$("#consents-list .consents-entry").shouldHave(sizeGreaterThanOrEqual(4));
        $("#consents-position").shouldHave(text("Page 1 of"));
        // the demo's own entries: her policy acceptance, her reading history brought over from the old
        // system; newest first, so other tests' changes may have pushed them to a later page
        onSomePage(text("Not accepted → Accepted"))
                .shouldHave(text("Online, in this portal"), text("You"), text("2024-09-01"));
        SelenideElement readingHistory = onSomePage(text("The library's system"))
                .shouldHave(text("Reading history"), text("Off → On"), text("Brought over from the library's old system"));
        Browser.waitForVaadin();
        assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
        Browser.assertNoAccessibilityViolations();
        Selenide.screenshot("consent-ledger-" + windowSize);

        String entryId = readingHistory.getAttribute("data-entry");
        File json = readingHistory.$("a[id^=receipt-json-]").shouldBe(visible).download();

        assertThat(json.getName()).isEqualTo("consent-receipt-" + entryId + ".json");
        JsonNode receipt = JSON.readTree(json);
        assertThat(receipt.get("version").asText()).isEqualTo("KI-CR-v1.1.0");
        assertThat(receipt.get("consentReceiptID").asText()).isEqualTo(entryId);
        assertThat(receipt.get("jurisdiction").asText()).isEqualTo("US-LA");
        assertThat(receipt.get("piiControllers").get(0).get("piiController").asText())
                .isEqualTo("Calcasieu Parish Public Library");
        assertThat(receipt.get("services").get(0).get("service").asText()).isEqualTo("Reading history");
        assertThat(receipt.get("consentChange").get("newState").asText()).isEqualTo("GRANTED");
        assertThat(receipt.get("consentChange").get("actor").get("role").asText()).isEqualTo("SYSTEM");

        File pdf = readingHistory.$("a[id^=receipt-pdf-]").shouldBe(visible).download();
        assertThat(pdf.getName()).isEqualTo("consent-receipt-" + entryId + ".pdf");
        byte[] head = new byte[5];
        try (var in = new java.io.FileInputStream(pdf)) {
            assertThat(in.read(head)).isEqualTo(5);
        }
        assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** The first entry matching {@code condition}, paging forward from the first page until it shows. */
    private SelenideElement onSomePage(com.codeborne.selenide.WebElementCondition condition) {
        Browser.visit("/consents");
        while (true) {
            $$("#consents-list .consents-entry").shouldHave(sizeGreaterThanOrEqual(1));
            var found = $$("#consents-list .consents-entry").filterBy(condition);
            if (!found.isEmpty()) {
                return found.first().shouldBe(visible);
            }
            // vaadin-button marks a disabled button with the attribute
            assertThat($("#consents-next").has(com.codeborne.selenide.Condition.attribute("disabled")))
                    .as("an entry with %s on some page of the ledger", condition).isFalse();
            String position = $("#consents-position").getText();
            $("#consents-next").click();
            $("#consents-position").shouldNotHave(com.codeborne.selenide.Condition.exactText(position));
        }
    }
}
