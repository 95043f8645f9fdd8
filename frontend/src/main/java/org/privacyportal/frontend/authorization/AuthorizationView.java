package org.privacyportal.frontend.authorization;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.layout.Notice;

/**
 * One authorization as its signer sees it: status, grantee, categories, purpose, period, the
 * minor's 18th birthday when that ends it, who signed and when, the verification code to give the
 * grantee, the PDF, revocation after a confirmation, and the exact text that was signed.
 */
@Route(AuthorizationView.PATH)
@PermitAll
@StyleSheet("styles/authorization.css")
public final class AuthorizationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final String ID = "authorizationId";
  static final String PATH = AuthorizationsView.PATH + "/:" + ID;

  private final transient BackendClient backend;
  private final transient AuthorizationsClient authorizations;
  private final H1 heading = new H1();
  private final Div message = new Div();
  private final Div content = new Div();
  private String patronId;

  public AuthorizationView(BackendClient backend) {
    this.backend = backend;
    this.authorizations = new AuthorizationsClient(backend);
    addClassNames("portal-page", "authorization-page");
    var back = new Anchor(AuthorizationsView.PATH, getTranslation("authorization.back-to-list"));
    back.setId("authorization-back");
    back.addClassName("portal-back");
    heading.setText(getTranslation("authorization.one.heading"));
    message.setId("authorization-message");
    message.getElement().setAttribute("role", "status");
    content.setId("authorization-content");
    add(back, heading, message, content);
  }

  /** The route of one authorization. */
  static String path(String authorizationId) {
    return AuthorizationsView.PATH + "/" + authorizationId;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String authorizationId = event.getRouteParameters().get(ID).orElse("");
    switch (ActingAccount.patronId(backend)) {
      case BackendAnswer.Found<String> found -> {
        patronId = found.value();
        show(authorizationId);
      }
      case BackendAnswer.NotFound<String> none -> notice("authorization.not-found");
      case BackendAnswer.Failed<String> failed -> failure(failed);
    }
  }

  private void show(String authorizationId) {
    switch (authorizations.get(patronId, authorizationId)) {
      case BackendAnswer.Found<AuthorizationDetail> found -> render(found.value());
      case BackendAnswer.NotFound<AuthorizationDetail> none -> notice("authorization.not-found");
      case BackendAnswer.Failed<AuthorizationDetail> failed -> failure(failed);
    }
  }

  private void render(AuthorizationDetail authorization) {
    content.removeAll();
    heading.setText(getTranslation("authorization.one.heading-for", authorization.granteeName()));
    var badge = new Span(Words.status(this, authorization.status()));
    badge.setId("authorization-status");
    badge.addClassNames(
        "authorization-status", "authorization-status-" + authorization.status().toLowerCase());

    var facts = new DescriptionList();
    facts.addClassName("portal-details");
    fact(facts, "authorization.fact.grantee", authorization.granteeName(), "authorization-grantee");
    fact(
        facts,
        "authorization.fact.categories",
        Words.categories(this, authorization.categories()),
        "authorization-categories");
    fact(facts, "authorization.fact.purpose", authorization.purpose(), "authorization-purpose");
    fact(
        facts,
        "authorization.fact.period",
        Words.period(this, authorization.validFrom(), authorization.validUntil()),
        "authorization-period");
    if (authorization.endsAtMajority() != null) {
      fact(
          facts,
          "authorization.fact.ends-at-majority",
          getTranslation(
              "authorization.ends-at-majority", Words.date(this, authorization.endsAtMajority())),
          "authorization-ends-at-majority");
    }
    String signedByKey =
        "GUARDIAN".equals(authorization.signerRole())
            ? "authorization.signed-by.guardian"
            : "authorization.signed-by.self";
    fact(
        facts,
        "authorization.fact.signed",
        getTranslation(signedByKey, Words.dateTime(this, authorization.signedAt())),
        "authorization-signed");
    if (authorization.revokedAt() != null) {
      fact(
          facts,
          "authorization.fact.revoked",
          Words.dateTime(this, authorization.revokedAt()),
          "authorization-revoked");
    }
    var summary = new Div(badge, facts);
    summary.addClassName("portal-card");

    var code = new Paragraph(authorization.verificationCode());
    code.setId("authorization-code");
    code.addClassName("authorization-code");
    var codeHint = new Paragraph(getTranslation("authorization.code.hint"));
    codeHint.addClassName("portal-hint");
    var pdf =
        DocumentLink.of(
            authorizations,
            patronId,
            authorization.id(),
            Words.language(getLocale()),
            getTranslation("authorization.download"));
    pdf.setId("authorization-pdf");
    var codeCard =
        new Div(new H2(getTranslation("authorization.code.heading")), code, codeHint, pdf);
    codeCard.addClassName("portal-card");

    content.add(summary, codeCard);
    if (Words.revocable(authorization.status())) {
      var revoke =
          new Button(
              getTranslation("authorization.revoke"),
              click ->
                  new RevokeDialog(authorization.granteeName(), () -> revoke(authorization))
                      .open());
      revoke.setId("authorization-revoke");
      var revokeHint = new Paragraph(getTranslation("authorization.revoke.hint"));
      revokeHint.addClassName("portal-hint");
      var revokeCard = new Div(revoke, revokeHint);
      revokeCard.addClassName("authorization-revoke-box");
      content.add(revokeCard);
    }

    var text = new Div();
    text.setId("authorization-text");
    text.addClassName("authorization-text");
    text.setText(authorization.text());
    var hash = new Paragraph(getTranslation("authorization.text.hash", authorization.textHash()));
    hash.addClassNames("portal-hint", "authorization-hash");
    var textCard = new Div(new H2(getTranslation("authorization.text.heading")), text, hash);
    textCard.addClassName("portal-card");
    content.add(textCard);
  }

  private void revoke(AuthorizationDetail authorization) {
    switch (authorizations.revoke(patronId, authorization.id())) {
      case BackendAnswer.Found<Revocation> done ->
          say(getTranslation("authorization.revoked", authorization.granteeName()));
      case BackendAnswer.NotFound<Revocation> none -> {
        notice("authorization.not-found");
        return;
      }
      case BackendAnswer.Failed<Revocation> failed -> say(getTranslation(Problems.key(failed)));
    }
    show(authorization.id());
  }

  private void fact(DescriptionList facts, String key, String value, String id) {
    var description = new DescriptionList.Description(new Span(value == null ? "" : value));
    description.setId(id);
    facts.add(new DescriptionList.Term(getTranslation(key)), description);
  }

  private void say(String text) {
    message.removeAll();
    message.add(new Paragraph(text));
  }

  private void notice(String key) {
    content.removeAll();
    content.add(new Notice("authorization-notice", key));
  }

  private void failure(BackendAnswer.Failed<?> failed) {
    notice(
        failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN
            ? "authorization.sign-in-again"
            : "authorization.unavailable");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("authorization.one.heading") + " – " + getTranslation("app.name");
  }
}
