package org.privacyportal.frontend.records;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.backend.RecordPage;
import org.privacyportal.frontend.i18n.ReaderTimeZone;
import org.privacyportal.frontend.i18n.Translations;
import org.privacyportal.frontend.layout.Notice;
import org.privacyportal.frontend.layout.Pager;

/**
 * One category of a patron's records, a page at a time, newest first, as a list of cards. The
 * patron is the signed-in person, or the minor they chose in the account switcher ({@link
 * ActingAccount}); the backend decides what may be shown, and a 404 (nothing the user may see) gets
 * the same plain "nothing to show" message as an unknown category.
 */
@Route("records/:category")
@PermitAll
public final class RecordsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final int PAGE_SIZE = 10;
  static final String LOAN_HISTORY = "loan_history";

  private final transient BackendClient backend;
  private final Div content = new Div();
  private String category = "";

  /** Read by the CSV download outside the UI lock, hence volatile. */
  private volatile String patronId;

  private int page;

  /** The reading history's search and order; null for every other category. */
  private LoanHistoryTools historyTools;

  public RecordsView(BackendClient backend) {
    this.backend = backend;
    addClassName("portal-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    category = event.getRouteParameters().get("category").orElse("");
    removeAll();
    var back = AccountPage.backLink(getTranslation("records.back"));
    back.setId("records-back");
    back.addClassName("portal-back");
    add(back, new H1(categoryTitle()));
    historyTools = null;
    if (LOAN_HISTORY.equals(category)) {
      historyTools = new LoanHistoryTools(backend, () -> patronId, query -> show(0));
      add(historyTools);
    }
    add(content);
    if (!category.matches("[a-z_]{1,40}")) {
      // no category has another form: nothing to ask the backend
      showNotice("records.not-available");
      return;
    }
    // the signed-in person's own records, or the minor's they chose in the account switcher
    switch (ActingAccount.patronId(backend)) {
      case BackendAnswer.Found<String> found -> {
        patronId = found.value();
        if (historyTools != null) {
          historyTools.showConsent();
        }
        show(0);
      }
      case BackendAnswer.NotFound<String> none -> showNotice("records.not-available");
      case BackendAnswer.Failed<String> failed -> showFailure(failed.reason());
    }
  }

  private void show(int wanted) {
    var answer =
        historyTools == null
            ? backend.records(patronId, category, wanted, PAGE_SIZE)
            : backend.loanHistory(patronId, historyTools.query(), wanted, PAGE_SIZE);
    switch (answer) {
      case BackendAnswer.Found<RecordPage> found -> showPage(found.value());
      case BackendAnswer.NotFound<RecordPage> none -> showNotice("records.not-available");
      case BackendAnswer.Failed<RecordPage> failed -> showFailure(failed.reason());
    }
  }

  private void showPage(RecordPage result) {
    page = result.page();
    content.removeAll();
    if (result.items().isEmpty()) {
      showNotice(
          historyTools != null && !historyTools.query().search().isEmpty()
              ? "records.no-match"
              : "records.empty");
      return;
    }
    var format =
        new ValueFormat(
            getLocale(), zone(), yes -> getTranslation(yes ? "records.yes" : "records.no"));
    var list = new UnorderedList();
    list.setId("records-list");
    list.addClassName("portal-records");
    var items = result.items();
    for (int i = 0; i < items.size(); i++) {
      list.add(new RecordItem(i, category, items.get(i), format, this::translatedOr));
    }
    // why some cards have no title or topic: once above the list rather than on every card
    NotKept.note(category, items)
        .ifPresent(
            key -> {
              var note = new Paragraph(getTranslation(key));
              note.setId("records-not-kept");
              note.addClassName("portal-hint");
              content.add(note);
            });
    content.add(list, pager(result));
  }

  private Component pager(RecordPage result) {
    return new Pager(
        "records",
        page,
        result.size(),
        result.total(),
        result.hasPrevious(),
        result.hasNext(),
        this::show);
  }

  private void showNotice(String key) {
    content.removeAll();
    content.add(new Notice("records-notice", key));
  }

  private void showFailure(BackendAnswer.Reason reason) {
    showNotice(
        switch (reason) {
          case SIGN_IN_AGAIN -> "records.sign-in-again";
          case UNAVAILABLE, REJECTED, UNEXPECTED -> "records.unavailable";
        });
  }

  /**
   * The reader's time zone as the browser reports it; the server's when it has not reported one
   * yet.
   */
  private ZoneId zone() {
    return ReaderTimeZone.current();
  }

  private String categoryTitle() {
    return translatedOr("category." + category, getTranslation("records.title"));
  }

  /**
   * A translation, or the fallback for a key the bundle lacks (a field or category newer than the
   * UI).
   */
  private String translatedOr(String key, String fallback) {
    return Translations.orElse(this, key, fallback);
  }

  @Override
  public String getPageTitle() {
    return categoryTitle() + " – " + getTranslation("app.name");
  }
}
