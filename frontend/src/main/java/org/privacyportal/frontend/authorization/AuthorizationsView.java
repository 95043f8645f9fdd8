package org.privacyportal.frontend.authorization;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
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
import jakarta.annotation.security.PermitAll;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.layout.Notice;
import org.privacyportal.frontend.layout.Pager;

/**
 * "Written authorizations": those the patron gave (or a guardian gave for the minor whose account
 * is being acted on), newest first, each with its status, period, categories, the minor's 18th
 * birthday when that ends it, a link to see it, its PDF, and revocation after a confirmation. A
 * link starts a new one ({@link NewAuthorizationView}). The backend decides what may be shown.
 */
@Route(AuthorizationsView.PATH)
@PermitAll
@StyleSheet("styles/authorization.css")
public final class AuthorizationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final String PATH = "account/authorizations";
  static final int PAGE_SIZE = 10;

  private final transient BackendClient backend;
  private final transient AuthorizationsClient authorizations;
  private final Div message = new Div();
  private final Div content = new Div();
  private String patronId;
  private int page;

  public AuthorizationsView(BackendClient backend) {
    this.backend = backend;
    this.authorizations = new AuthorizationsClient(backend);
    addClassNames("portal-page", "authorization-page");
    var back = AccountPage.backLink(getTranslation("authorization.back"));
    back.setId("authorizations-back");
    back.addClassName("portal-back");
    var lead = new Paragraph(getTranslation("authorization.list.lead"));
    lead.addClassName("portal-lead");
    var create = new Anchor(NewAuthorizationView.PATH, getTranslation("authorization.list.new"));
    create.setId("authorization-new");
    create.addClassName("portal-button-link");
    message.setId("authorizations-message");
    message.getElement().setAttribute("role", "status");
    content.setId("authorizations-content");
    add(back, new H1(getTranslation("authorization.list.heading")), lead, create, message, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    switch (ActingAccount.patronId(backend)) {
      case BackendAnswer.Found<String> found -> {
        patronId = found.value();
        show(0);
      }
      case BackendAnswer.NotFound<String> none -> notice("authorization.not-available");
      case BackendAnswer.Failed<String> failed -> failure(failed);
    }
  }

  private void show(int wanted) {
    switch (authorizations.list(patronId, wanted, PAGE_SIZE)) {
      case BackendAnswer.Found<AuthorizationsPage> found -> render(found.value());
      case BackendAnswer.NotFound<AuthorizationsPage> none -> notice("authorization.not-available");
      case BackendAnswer.Failed<AuthorizationsPage> failed -> failure(failed);
    }
  }

  private void render(AuthorizationsPage list) {
    page = list.page();
    content.removeAll();
    if (list.items().isEmpty()) {
      notice("authorization.list.empty");
      return;
    }
    var items = new UnorderedList();
    items.setId("authorizations-list");
    items.addClassName("authorization-list");
    for (AuthorizationsPage.Row row : list.items()) {
      items.add(card(row));
    }
    content.add(
        items,
        new Pager(
            "authorizations",
            page,
            list.size(),
            list.total(),
            list.hasPrevious(),
            list.hasNext(),
            this::show));
  }

  /**
   * One card. Its period (the last day as the signer chose it: the row has the moment it ends),
   * status and majority date are read as the authorization's own page reads them.
   */
  private Component card(AuthorizationsPage.Row row) {
    var item = new ListItem();
    item.addClassNames("portal-card", "authorization-card");
    item.getElement().setAttribute("data-authorization", row.id());
    var heading = new H2(row.granteeName());
    heading.setId("authorization-heading-" + row.id());
    item.add(heading);
    var facts = new DescriptionList();
    facts.addClassName("portal-details");
    String status = null;
    if (authorizations.get(patronId, row.id())
        instanceof BackendAnswer.Found<AuthorizationDetail> found) {
      AuthorizationDetail authorization = found.value();
      status = authorization.status();
      var badge = new Span(Words.status(this, status));
      badge.addClassNames("authorization-status", "authorization-status-" + status.toLowerCase());
      badge.setId("authorization-status-" + row.id());
      item.add(badge);
      fact(facts, "authorization.fact.categories", Words.categories(this, row.categories()));
      fact(
          facts,
          "authorization.fact.period",
          Words.period(this, authorization.validFrom(), authorization.validUntil()));
      if (authorization.endsAtMajority() != null) {
        fact(
            facts,
            "authorization.fact.ends-at-majority",
            getTranslation(
                "authorization.ends-at-majority",
                Words.date(this, authorization.endsAtMajority())));
      }
    } else {
      // the row's own status, without the last day as the signer chose it
      status = row.status();
      var badge = new Span(Words.status(this, status));
      badge.addClassNames("authorization-status", "authorization-status-" + status.toLowerCase());
      badge.setId("authorization-status-" + row.id());
      item.add(badge);
      fact(facts, "authorization.fact.categories", Words.categories(this, row.categories()));
    }
    if (row.purpose() != null) {
      fact(facts, "authorization.fact.purpose", row.purpose());
    }
    item.add(facts);

    var view =
        new Anchor(AuthorizationView.path(row.id()), getTranslation("authorization.list.view"));
    view.setId("authorization-view-" + row.id());
    view.addClassName("portal-card-link");
    view.getElement()
        .setAttribute(
            "aria-label", getTranslation("authorization.list.view.label", row.granteeName()));
    var pdf =
        DocumentLink.of(
            authorizations,
            patronId,
            row.id(),
            Words.language(getLocale()),
            getTranslation("authorization.download"));
    pdf.setId("authorization-pdf-" + row.id());
    pdf.getElement()
        .setAttribute(
            "aria-label", getTranslation("authorization.download.label", row.granteeName()));
    var actions = new Div(view, pdf);
    actions.addClassName("authorization-actions");
    if (status != null && Words.revocable(status)) {
      var revoke =
          new Button(
              getTranslation("authorization.revoke"),
              click -> new RevokeDialog(row.granteeName(), () -> revoke(row)).open());
      revoke.setId("authorization-revoke-" + row.id());
      revoke
          .getElement()
          .setAttribute(
              "aria-label", getTranslation("authorization.revoke.label", row.granteeName()));
      actions.add(revoke);
    }
    item.add(actions);
    return item;
  }

  private void revoke(AuthorizationsPage.Row row) {
    switch (authorizations.revoke(patronId, row.id())) {
      case BackendAnswer.Found<Revocation> done -> {
        say(getTranslation("authorization.revoked", row.granteeName()));
        show(page);
      }
      case BackendAnswer.NotFound<Revocation> none -> notice("authorization.not-available");
      case BackendAnswer.Failed<Revocation> failed -> {
        say(getTranslation(Problems.key(failed)));
        show(page);
      }
    }
  }

  private void fact(DescriptionList facts, String key, String value) {
    facts.add(
        new DescriptionList.Term(getTranslation(key)),
        new DescriptionList.Description(new Span(value)));
  }

  private void say(String text) {
    message.removeAll();
    var paragraph = new Paragraph(text);
    paragraph.addClassName("authorization-said");
    message.add(paragraph);
  }

  private void notice(String key) {
    content.removeAll();
    content.add(new Notice("authorizations-notice", key));
  }

  private void failure(BackendAnswer.Failed<?> failed) {
    notice(
        failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN
            ? "authorization.sign-in-again"
            : "authorization.unavailable");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("authorization.list.heading") + " – " + getTranslation("app.name");
  }
}
