package org.privacyportal.frontend.accesslog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
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
import org.privacyportal.frontend.i18n.ReaderTimeZone;
import org.privacyportal.frontend.layout.Notice;
import org.privacyportal.frontend.layout.Pager;

/**
 * "Who looked at my records": the access log of the account being acted on (the signed-in patron's,
 * or a minor's their guardian chose), newest first, a page at a time, each entry with "This wasn't
 * me / I have a question". The backend decides what is shown: sealed entries never reach this page,
 * and anything the person may not see gets the same plain "nothing to show".
 */
@Route("access-log")
@PermitAll
@StyleSheet("styles/accesslog.css")
public final class AccessLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final int PAGE_SIZE = 10;

  private final transient BackendClient backend;
  private final transient AccessLogClient client;
  private final Div content = new Div();
  private String patronId;
  private int page;

  public AccessLogView(BackendClient backend) {
    this.backend = backend;
    this.client = new AccessLogClient(backend);
    addClassNames("portal-page", "accesslog-page");
    setId("access-log");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    var back = AccountPage.backLink(getTranslation("accesslog.back"));
    back.setId("access-log-back");
    back.addClassName("portal-back");
    var lead = new Paragraph(getTranslation("accesslog.lead"));
    lead.addClassName("portal-lead");
    add(back, new H1(getTranslation("accesslog.title")), lead, content);
    switch (ActingAccount.patronId(backend)) {
      case BackendAnswer.Found<String> found -> {
        patronId = found.value();
        show(0);
      }
      case BackendAnswer.NotFound<String> none -> showNotice("accesslog.not-available");
      case BackendAnswer.Failed<String> failed -> showFailure(failed.reason());
    }
  }

  private void show(int wanted) {
    switch (client.page(patronId, wanted, PAGE_SIZE)) {
      case BackendAnswer.Found<AccessLogPage> found -> showPage(found.value());
      case BackendAnswer.NotFound<AccessLogPage> none -> showNotice("accesslog.not-available");
      case BackendAnswer.Failed<AccessLogPage> failed -> showFailure(failed.reason());
    }
  }

  private void showPage(AccessLogPage result) {
    page = result.page();
    content.removeAll();
    if (result.items().isEmpty()) {
      showNotice("accesslog.empty");
      return;
    }
    var wording = new EntryWording(this::getTranslation, getLocale(), zone());
    var list = new UnorderedList();
    list.setId("access-entries");
    list.addClassName("portal-records");
    for (int i = 0; i < result.items().size(); i++) {
      list.add(new EntryCard(i, result.items().get(i), client, patronId, wording));
    }
    content.add(list, pager(result));
  }

  private Component pager(AccessLogPage result) {
    return new Pager(
        "access",
        page,
        result.size(),
        result.total(),
        result.hasPrevious(),
        result.hasNext(),
        this::show);
  }

  private void showNotice(String key) {
    content.removeAll();
    content.add(new Notice("access-notice", key));
  }

  private void showFailure(BackendAnswer.Reason reason) {
    showNotice(
        switch (reason) {
          case SIGN_IN_AGAIN -> "accesslog.sign-in-again";
          case UNAVAILABLE, REJECTED, UNEXPECTED -> "accesslog.unavailable";
        });
  }

  /**
   * The reader's time zone as the browser reports it; the server's when it has not reported one
   * yet.
   */
  private ZoneId zone() {
    return ReaderTimeZone.current();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("accesslog.title") + " – " + getTranslation("app.name");
  }
}
