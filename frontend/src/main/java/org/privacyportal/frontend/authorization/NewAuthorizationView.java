package org.privacyportal.frontend.authorization;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.i18n.ReaderTimeZone;
import org.privacyportal.frontend.layout.Notice;
import org.privacyportal.frontend.security.StepUp;

/**
 * A new written authorization, in steps: the terms ({@link TermsForm}); the text the backend
 * generates from them, which the patron reads, signs by typing their full name and ticking the
 * statement; a fresh sign-in at Keycloak ({@link StepUp}: the password typed again), after which
 * the browser comes back here ({@code ?step=sign}) and the signature is sent with the new token;
 * then the verification code and the PDF. The draft waits in the session during the sign-in ({@link
 * Draft}). A guardian acting for a minor signs for the minor; the backend decides.
 */
@Route(NewAuthorizationView.PATH)
@PermitAll
@StyleSheet("styles/authorization.css")
public final class NewAuthorizationView extends Div
    implements BeforeEnterObserver, HasDynamicTitle {

  static final String PATH = AuthorizationsView.PATH + "/new";
  static final String STEP = "step";

  /** Where the fresh sign-in comes back to. */
  static final String RETURN = "/" + PATH + "?" + STEP + "=sign";

  private final transient BackendClient backend;
  private final transient AuthorizationsClient authorizations;
  private final transient AuthenticationContext authentication;
  private final H1 heading = new H1();
  private final Div message = new Div();
  private final Div content = new Div();
  private final TextField typedName = new TextField();
  private final Checkbox statement = new Checkbox();
  private TermsForm form;
  private String patronId;
  private Draft draft;

  public NewAuthorizationView(BackendClient backend, AuthenticationContext authentication) {
    this.backend = backend;
    this.authorizations = new AuthorizationsClient(backend);
    this.authentication = authentication;
    addClassNames("portal-page", "authorization-page");
    var back = new Anchor(AuthorizationsView.PATH, getTranslation("authorization.back-to-list"));
    back.setId("authorization-back");
    back.addClassName("portal-back");
    heading.setId("authorization-step-heading");
    message.setId("authorization-message");
    message.addClassName("authorization-message");
    message.getElement().setAttribute("role", "alert");
    content.setId("authorization-content");
    add(back, heading, message, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    switch (ActingAccount.patronId(backend)) {
      case BackendAnswer.Found<String> found -> patronId = found.value();
      case BackendAnswer.NotFound<String> none -> {
        notice("authorization.not-available");
        return;
      }
      case BackendAnswer.Failed<String> failed -> {
        notice(
            failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN
                ? "authorization.sign-in-again"
                : "authorization.unavailable");
        return;
      }
    }
    form = new TermsForm(LocalDate.now(ReaderTimeZone.current()));
    boolean returning = event.getLocation().getQueryParameters().getParameters().containsKey(STEP);
    Optional<Draft> kept = Draft.current().filter(d -> d.patronId().equals(patronId));
    if (returning && kept.isPresent()) {
      draft = kept.get();
      form.fill(draft.terms());
      if (draft.freshSignIn(StepUp.signedInAt(authentication).orElse(null))) {
        sign();
      } else {
        showReview();
        say("authorization.review.not-signed-yet");
      }
      return;
    }
    Draft.forget();
    showForm();
  }

  private void showForm() {
    heading.setText(getTranslation("authorization.new.heading"));
    content.removeAll();
    var lead = new Paragraph(getTranslation("authorization.new.lead"));
    lead.addClassName("portal-lead");
    var review = new Button(getTranslation("authorization.new.review"), click -> review());
    review.setId("authorization-review");
    review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    review.addClassName("authorization-primary");
    content.add(lead, form, review);
  }

  private void review() {
    message.removeAll();
    Optional<Terms> terms = form.read(Words.language(getLocale()));
    if (terms.isEmpty()) {
      say("authorization.problem.check-fields");
      return;
    }
    switch (authorizations.preview(patronId, terms.get())) {
      case BackendAnswer.Found<Preview> found -> {
        draft = new Draft(patronId, terms.get(), found.value(), "", false, null);
        draft.keep();
        typedName.clear();
        statement.clear();
        showReview();
      }
      case BackendAnswer.NotFound<Preview> none -> notice("authorization.not-available");
      case BackendAnswer.Failed<Preview> failed -> formProblem(failed);
    }
  }

  private void formProblem(BackendAnswer.Failed<?> failed) {
    ApiProblem problem = failed.problem();
    form.showProblems(Problems.fields(problem));
    if ("GRANTEE_NOT_MATCHED".equals(problem.code())
        || "GRANTEE_IS_SIGNER".equals(problem.code())) {
      form.markGrantee(Problems.key(problem));
    }
    say(Problems.key(failed));
  }

  private void showReview() {
    heading.setText(getTranslation("authorization.review.heading"));
    content.removeAll();
    Preview preview = draft.preview();
    var lead = new Paragraph(getTranslation("authorization.review.lead"));
    lead.addClassName("portal-lead");
    content.add(lead);
    if ("GUARDIAN".equals(preview.signerRole())) {
      var asGuardian = new Paragraph(getTranslation("authorization.review.as-guardian"));
      asGuardian.setId("authorization-as-guardian");
      content.add(asGuardian);
    }
    if (preview.endsAtMajority() != null) {
      var majority =
          new Paragraph(
              getTranslation(
                  "authorization.ends-at-majority", Words.date(this, preview.endsAtMajority())));
      majority.setId("authorization-ends-at-majority");
      majority.addClassName("authorization-majority");
      content.add(majority);
    }
    var text = new Div();
    text.setId("authorization-text");
    text.addClassName("authorization-text");
    text.setText(preview.text());
    text.getElement().setAttribute("lang", preview.language());
    var textCard = new Div(new H2(getTranslation("authorization.text.heading")), text);
    textCard.addClassName("portal-card");
    content.add(textCard);

    typedName.setId("typed-name");
    typedName.setLabel(getTranslation("authorization.review.typed-name"));
    typedName.setHelperText(getTranslation("authorization.review.typed-name.hint"));
    typedName.setManualValidation(true);
    typedName.setWidthFull();
    typedName.setValue(draft.typedName() == null ? "" : draft.typedName());
    typedName.addValueChangeListener(change -> typedName.setInvalid(false));
    statement.setId("statement");
    statement.setLabel(getTranslation("authorization.review.statement"));
    statement.setValue(draft.statementAccepted());
    statement.addValueChangeListener(change -> statement.setInvalid(false));
    var how = new Paragraph(getTranslation("authorization.review.sign-in-again.hint"));
    how.setId("authorization-sign-hint");
    how.addClassName("portal-hint");
    var change = new Button(getTranslation("authorization.review.change"), click -> backToForm());
    change.setId("authorization-change");
    var sign = new Button(getTranslation("authorization.review.sign"), click -> signInAgain());
    sign.setId("authorization-sign");
    sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    sign.addClassName("authorization-primary");
    var actions = new Div(change, sign);
    actions.addClassName("authorization-actions");
    var signCard = new Div(typedName, statement, how, actions);
    signCard.addClassNames("portal-card", "authorization-sign-card");
    content.add(signCard);
  }

  private void backToForm() {
    message.removeAll();
    showForm();
  }

  /**
   * Keeps the draft, then sends the browser to Keycloak for the password; back at {@link #RETURN}.
   */
  private void signInAgain() {
    message.removeAll();
    String name = typedName.getValue().strip();
    boolean complete = true;
    if (name.isEmpty()) {
      typedName.setErrorMessage(getTranslation("authorization.field-problem.typedName"));
      typedName.setInvalid(true);
      complete = false;
    }
    if (!statement.getValue()) {
      statement.setErrorMessage(getTranslation("authorization.field-problem.statementAccepted"));
      statement.setInvalid(true);
      complete = false;
    }
    if (!complete) {
      say("authorization.problem.check-fields");
      return;
    }
    draft = draft.askingForSignIn(name, true, Instant.now());
    draft.keep();
    StepUp.returnTo(RETURN);
    UI.getCurrent().getPage().setLocation(StepUp.SIGN_IN_AGAIN);
  }

  /** Back from the fresh sign-in: the signature goes with the new token. */
  private void sign() {
    // whatever the answer, this sign-in has served: a reload does not send the signature twice
    draft = draft.reviewed(draft.preview());
    draft.keep();
    UI.getCurrent().getPage().getHistory().replaceState(null, PATH);
    switch (authorizations.sign(patronId, draft.signature())) {
      case BackendAnswer.Found<Signed> found -> {
        Draft.forget();
        showDone(found.value());
      }
      case BackendAnswer.NotFound<Signed> none -> notice("authorization.not-available");
      case BackendAnswer.Failed<Signed> failed -> signProblem(failed);
    }
  }

  private void signProblem(BackendAnswer.Failed<Signed> failed) {
    ApiProblem problem = failed.problem();
    if (failed.reason() == BackendAnswer.Reason.REJECTED && "TEXT_CHANGED".equals(problem.code())) {
      // the backend would now generate another text: read it again before signing
      switch (authorizations.preview(patronId, draft.terms())) {
        case BackendAnswer.Found<Preview> found -> {
          draft = draft.reviewed(found.value());
          draft.keep();
        }
        default -> {
          // the old text stays; the message says what happened
        }
      }
      showReview();
      say(Problems.key(failed));
      return;
    }
    Map<String, String> fields = Problems.fields(problem);
    boolean formField =
        fields.keySet().stream()
            .anyMatch(f -> !f.equals("typedName") && !f.equals("statementAccepted"));
    if (formField) {
      showForm();
      form.showProblems(fields);
      say(Problems.key(failed));
      return;
    }
    showReview();
    if (fields.containsKey("typedName")) {
      typedName.setErrorMessage(getTranslation(fields.get("typedName")));
      typedName.setInvalid(true);
    }
    if (fields.containsKey("statementAccepted")) {
      statement.setErrorMessage(getTranslation(fields.get("statementAccepted")));
      statement.setInvalid(true);
    }
    say(Problems.key(failed));
  }

  private void showDone(Signed signed) {
    heading.setText(getTranslation("authorization.done.heading"));
    message.removeAll();
    content.removeAll();
    var lead =
        new Paragraph(
            getTranslation(
                "authorization.done.lead",
                Words.period(this, signed.validFrom(), signed.validUntil())));
    lead.setId("authorization-done");
    lead.addClassName("portal-lead");
    var code = new Paragraph(signed.verificationCode());
    code.setId("authorization-code");
    code.addClassName("authorization-code");
    var codeHint = new Paragraph(getTranslation("authorization.code.hint"));
    codeHint.addClassName("portal-hint");
    var pdf =
        DocumentLink.of(
            authorizations,
            patronId,
            signed.id(),
            Words.language(getLocale()),
            getTranslation("authorization.download"));
    pdf.setId("authorization-pdf");
    var codeCard =
        new Div(new H2(getTranslation("authorization.code.heading")), code, codeHint, pdf);
    codeCard.addClassName("portal-card");
    var view =
        new Anchor(AuthorizationView.path(signed.id()), getTranslation("authorization.done.view"));
    view.setId("authorization-view");
    view.addClassName("portal-card-link");
    content.add(lead, codeCard, view);
  }

  private void say(String key) {
    message.removeAll();
    var paragraph = new Paragraph(getTranslation(key));
    paragraph.addClassName("authorization-problem");
    message.add(paragraph);
  }

  private void notice(String key) {
    heading.setText(getTranslation("authorization.new.heading"));
    content.removeAll();
    content.add(new Notice("authorization-notice", key));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("authorization.new.heading") + " – " + getTranslation("app.name");
  }
}
