package org.privacyportal.frontend.consents;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.i18n.ReaderTimeZone;
import org.privacyportal.frontend.i18n.Translations;
import org.privacyportal.frontend.layout.Notice;
import org.privacyportal.frontend.layout.Pager;

/**
 * "My consents and receipts": the consent ledger as cards, newest first (what, old and new state,
 * when, who, how, under which policy version), each with its receipt as JSON and as PDF. The
 * account is the one being acted on (a guardian may have chosen a minor's); the backend decides
 * whether it may be shown and writes the receipts.
 */
@Route("consents")
@PermitAll
@StyleSheet("styles/consents.css")
public final class ConsentsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final int PAGE_SIZE = 10;

  private final transient ConsentsClient consents;
  private final transient BackendClient backend;
  private final Div content = new Div();

  /** Read by the receipt downloads outside the UI lock, hence volatile. */
  private volatile String patronId;

  private int page;

  public ConsentsView(BackendClient backend) {
    this.backend = backend;
    this.consents = new ConsentsClient(backend);
    addClassNames("portal-page", "consents-page");
    var back = AccountPage.backLink(getTranslation("consents.back"));
    back.setId("consents-back");
    back.addClassName("portal-back");
    var lead = new Paragraph(getTranslation("consents.lead"));
    lead.addClassName("portal-lead");
    content.setId("consents-content");
    add(back, new H1(getTranslation("consents.heading")), lead, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    switch (ActingAccount.patronId(backend)) {
      case BackendAnswer.Found<String> found -> {
        patronId = found.value();
        show(0);
      }
      case BackendAnswer.NotFound<String> none -> notice("consents.not-available");
      case BackendAnswer.Failed<String> failed -> failure(failed.reason());
    }
  }

  private void show(int wanted) {
    switch (consents.ledger(patronId, wanted, PAGE_SIZE)) {
      case BackendAnswer.Found<LedgerPage> found -> render(found.value());
      case BackendAnswer.NotFound<LedgerPage> none -> notice("consents.not-available");
      case BackendAnswer.Failed<LedgerPage> failed -> failure(failed.reason());
    }
  }

  private void render(LedgerPage ledger) {
    page = ledger.page();
    content.removeAll();
    if (ledger.items().isEmpty()) {
      notice("consents.empty");
      return;
    }
    var list = new UnorderedList();
    list.setId("consents-list");
    list.addClassName("consents-list");
    var when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(getLocale())
            .withZone(zone());
    for (LedgerPage.Entry entry : ledger.items()) {
      list.add(card(entry, ledger.viewer(), when));
    }
    content.add(list, pager(ledger));
  }

  private Component card(LedgerPage.Entry entry, String viewer, DateTimeFormatter when) {
    var item = new ListItem();
    item.addClassNames("portal-card", "consents-entry");
    item.getElement().setAttribute("data-entry", entry.id());
    item.add(new H2(kind(entry.consent())));
    var change =
        new Paragraph(
            getTranslation(
                "consents.change", state(entry, entry.previous()), state(entry, entry.granted())));
    change.addClassName("consents-change");
    item.add(change);
    var facts = new DescriptionList();
    facts.addClassName("consents-facts");
    fact(facts, "consents.when", when.format(entry.recordedAt()));
    fact(facts, "consents.who", who(entry, viewer));
    fact(
        facts,
        "consents.channel",
        translatedOr("consents.channel." + entry.channel(), entry.channel()));
    fact(facts, "consents.policy-version", entry.policyVersion());
    item.add(facts);
    String shortId = entry.id().substring(0, 8);
    var json = download(entry, "json", "application/json", consents::receiptJson);
    json.setText(getTranslation("consents.receipt.json"));
    json.setId("receipt-json-" + shortId);
    var pdf = download(entry, "pdf", "application/pdf", consents::receiptPdf);
    pdf.setText(getTranslation("consents.receipt.pdf"));
    pdf.setId("receipt-pdf-" + shortId);
    // the link text says which receipt: "Receipt (JSON)" alone would repeat on every card
    String what = kind(entry.consent()) + ", " + when.format(entry.recordedAt());
    json.getElement()
        .setAttribute("aria-label", getTranslation("consents.receipt.json.label", what));
    pdf.getElement().setAttribute("aria-label", getTranslation("consents.receipt.pdf.label", what));
    var downloads = new Div(json, pdf);
    downloads.addClassName("consents-downloads");
    item.add(downloads);
    return item;
  }

  private void fact(DescriptionList facts, String key, String value) {
    facts.add(
        new DescriptionList.Term(getTranslation(key)),
        new DescriptionList.Description(new Span(value)));
  }

  /**
   * A receipt download in the page's language (the language switch reloads the page, so it stays
   * right).
   */
  private Anchor download(
      LedgerPage.Entry entry, String extension, String mediaType, ReceiptFetch fetch) {
    String fileName = "consent-receipt-" + entry.id() + "." + extension;
    Locale language = getLocale();
    var anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  String id = patronId;
                  if (id == null) {
                    return DownloadResponse.error(404);
                  }
                  return switch (fetch.apply(id, entry.id(), language)) {
                    case BackendAnswer.Found<byte[]> found ->
                        new DownloadResponse(
                            new ByteArrayInputStream(found.value()),
                            fileName,
                            mediaType,
                            found.value().length);
                    case BackendAnswer.NotFound<byte[]> none -> DownloadResponse.error(404);
                    case BackendAnswer.Failed<byte[]> failed ->
                        DownloadResponse.error(
                            failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN ? 401 : 503);
                  };
                }),
            AttachmentType.DOWNLOAD,
            "");
    anchor.addClassName("portal-button-link");
    return anchor;
  }

  /** How a receipt is fetched: patron id, entry id, language. */
  @FunctionalInterface
  private interface ReceiptFetch {
    BackendAnswer<byte[]> apply(String patronId, String entryId, Locale language);
  }

  /** "On"/"Off", or "Accepted"/"Not accepted" for the privacy policy. */
  private String state(LedgerPage.Entry entry, boolean on) {
    String family = "POLICY".equals(entry.consent()) ? "consents.policy-state." : "consents.state.";
    return getTranslation(family + (on ? "on" : "off"));
  }

  private String who(LedgerPage.Entry entry, String viewer) {
    boolean guardianViewing = "GUARDIAN".equals(viewer);
    if (entry.byYou()) {
      return getTranslation(guardianViewing ? "consents.who.you-as-guardian" : "consents.who.you");
    }
    return switch (entry.actorRole()) {
      case "SELF" -> getTranslation("consents.who.account-holder");
      case "GUARDIAN" ->
          entry.actorName() == null
              ? getTranslation("consents.who.a-guardian")
              : getTranslation(
                  guardianViewing ? "consents.who.other-guardian" : "consents.who.your-guardian",
                  entry.actorName());
      case "STAFF" -> getTranslation("consents.who.staff");
      case "SYSTEM" -> getTranslation("consents.who.system");
      default -> entry.actorRole();
    };
  }

  /** The consent's name; a kind newer than this page is shown by its code rather than hidden. */
  private String kind(String consent) {
    return translatedOr("consents.kind." + consent, consent.replace('_', ' '));
  }

  private String translatedOr(String key, String fallback) {
    return Translations.orElse(this, key, fallback);
  }

  private Component pager(LedgerPage ledger) {
    return new Pager(
        "consents",
        page,
        ledger.size(),
        ledger.total(),
        ledger.hasPrevious(),
        ledger.hasNext(),
        this::show);
  }

  private void notice(String key) {
    content.removeAll();
    content.add(new Notice("consents-notice", key));
  }

  private void failure(BackendAnswer.Reason reason) {
    notice(
        reason == BackendAnswer.Reason.SIGN_IN_AGAIN
            ? "consents.sign-in-again"
            : "consents.unavailable");
  }

  /** The reader's time zone as the browser reports it; the server's until it has reported one. */
  private ZoneId zone() {
    return ReaderTimeZone.current();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("consents.heading") + " – " + getTranslation("app.name");
  }
}
