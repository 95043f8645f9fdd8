package org.privacyportal.frontend.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.backend.Patron;
import org.privacyportal.frontend.backend.RecordsSummary;
import org.privacyportal.frontend.guardians.AccountSwitcher;
import org.privacyportal.frontend.guardians.GuardiansClient;
import org.privacyportal.frontend.security.SecurityConfig;
import org.privacyportal.frontend.shared.SharedLinks;
import org.privacyportal.frontend.staff.StaffLinks;

/**
 * The signed-in patron's account, or the minor's a guardian chose in the account switcher at its
 * top: name and card number exactly as the backend returned them, a few profile fields, the
 * dashboard, and signing out. Staff and director accounts have no patron record; they get a polite
 * message. The view decides nothing about access: it shows what the backend answers.
 */
@Route(AccountPage.PATH)
@PermitAll
public final class AccountView extends Div implements HasDynamicTitle {

  private final transient AuthenticationContext authentication;

  public AccountView(BackendClient backend, AuthenticationContext authentication) {
    this.authentication = authentication;
    addClassName("portal-page");
    var heading = new H1(getTranslation("account.heading"));
    add(heading);

    // A guardian may have chosen a minor's account in the switcher (the layout's banner says so).
    Optional<String> chosen = ActingAccount.chosen();
    BackendAnswer<Patron> shown =
        chosen.isPresent() ? new GuardiansClient(backend).profile(chosen.get()) : null;
    if (shown instanceof BackendAnswer.NotFound<Patron>) {
      // no longer theirs to see (came of age, link ended): back to their own, saying why
      ActingAccount.choose(null);
      add(
          notice(
              "account-dropped-out",
              getTranslation("guardians.dropped-out.title"),
              getTranslation("guardians.banner.dropped-out")));
      shown = null;
    }
    if (shown instanceof BackendAnswer.Found<Patron> ward) {
      heading.setText(getTranslation("guardians.account.heading", ward.value().fullName()));
    }
    switch (shown != null ? shown : backend.me()) {
      case BackendAnswer.Found<Patron> found -> {
        add(new AccountSwitcher(backend, found.value().id()));
        add(patronDetails(found.value()));
        add(dashboard(backend, found.value()));
        if (ActingAccount.chosen().isEmpty()) {
          // records others shared with the signed-in person (not with a minor they act for)
          SharedLinks.ifAny(backend).ifPresent(this::add);
        }
        add(new SettingsLinks());
      }
      case BackendAnswer.NotFound<Patron> none -> {
        add(
            notice(
                "account-no-record",
                getTranslation("account.no-record.title"),
                getTranslation("account.no-record.text")));
        add(new StaffLinks());
      }
      case BackendAnswer.Failed<Patron> failed -> add(failure(failed.reason()));
    }

    var signOut =
        new Button(getTranslation("account.sign-out"), click -> this.authentication.logout());
    signOut.setId("sign-out");
    signOut.addClassName("portal-sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
    add(signOut);
  }

  private Component patronDetails(Patron patron) {
    var name = new Div(patron.fullName());
    name.setId("patron-name");
    name.addClassName("portal-patron-name");

    var details = new DescriptionList();
    details.addClassName("portal-details");
    details.add(
        new DescriptionList.Term(getTranslation("account.card-number")),
        valueWithId(patron.cardNumber(), "patron-card-number"),
        new DescriptionList.Term(getTranslation("account.account-type")),
        valueWithId(accountType(patron.accountType()), "patron-account-type"),
        new DescriptionList.Term(getTranslation("account.expires-on")),
        valueWithId(date(patron.expiresOn()), "patron-expires-on"));

    var card = new Div(name, details);
    card.addClassName("portal-card");
    return card;
  }

  /** The dashboard of the patron's own records, or a short notice when it cannot be had. */
  private Component dashboard(BackendClient backend, Patron patron) {
    return switch (backend.summary(patron.id())) {
      case BackendAnswer.Found<RecordsSummary> found -> new CategoryCards(found.value());
      case BackendAnswer.NotFound<RecordsSummary> none ->
          notice(
              "dashboard-error",
              getTranslation("dashboard.heading"),
              getTranslation("dashboard.error"));
      case BackendAnswer.Failed<RecordsSummary> failed ->
          notice(
              "dashboard-error",
              getTranslation("dashboard.heading"),
              getTranslation("dashboard.error"));
    };
  }

  private static DescriptionList.Description valueWithId(String value, String id) {
    var description = new DescriptionList.Description(value == null ? "" : value);
    description.setId(id);
    return description;
  }

  private String accountType(String type) {
    if (type == null || type.isBlank()) {
      return getTranslation("account.unknown");
    }
    return switch (type) {
      case "ADULT" -> getTranslation("account.account-type.adult");
      case "JUVENILE" -> getTranslation("account.account-type.juvenile");
      default -> type;
    };
  }

  private String date(LocalDate date) {
    if (date == null) {
      return getTranslation("account.unknown");
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
  }

  private Component failure(BackendAnswer.Reason reason) {
    return switch (reason) {
      case SIGN_IN_AGAIN -> {
        var notice =
            notice(
                "account-error",
                getTranslation("account.error.title"),
                getTranslation("account.error.sign-in-again"));
        var signInAgain =
            new Anchor(
                SecurityConfig.LOGIN_PATH.substring(1), getTranslation("account.sign-in-again"));
        signInAgain.setRouterIgnore(true);
        signInAgain.addClassName("portal-button-link");
        notice.add(signInAgain);
        yield notice;
      }
      case UNAVAILABLE ->
          withRetry(
              notice(
                  "account-error",
                  getTranslation("account.error.title"),
                  getTranslation("account.error.unavailable")));
      case REJECTED, UNEXPECTED ->
          withRetry(
              notice(
                  "account-error",
                  getTranslation("account.error.title"),
                  getTranslation("account.error.unexpected")));
    };
  }

  private Div withRetry(Div notice) {
    var retry =
        new Button(
            getTranslation("account.retry"),
            click -> getUI().ifPresent(ui -> ui.getPage().reload()));
    retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    notice.add(retry);
    return notice;
  }

  private static Div notice(String id, String title, String text) {
    var notice = new Div(new H2(title), new Paragraph(text));
    notice.setId(id);
    notice.addClassName("portal-notice");
    notice.getElement().setAttribute("role", "status");
    return notice;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("account.title") + " – " + getTranslation("app.name");
  }
}
