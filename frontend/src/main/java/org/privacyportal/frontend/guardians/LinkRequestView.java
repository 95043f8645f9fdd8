package org.privacyportal.frontend.guardians;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;

/**
 * "Link a child's account": the signed-in patron names the child; staff then check the patron's
 * identification in person at the desk and approve. The answer is the same whether or not the child
 * is a patron (the backend looks nothing up), so the page only ever says "request sent". The
 * request is always the signed-in person's own, whichever account they are viewing.
 */
@Route("guardians/request")
@PermitAll
@StyleSheet("styles/guardians.css")
public final class LinkRequestView extends Div implements HasDynamicTitle {

  static final List<String> RELATIONSHIPS = List.of("PARENT", "LEGAL_GUARDIAN", "OTHER");
  private static final String CARD = "[0-9A-Za-z]{4,32}";

  private final transient GuardiansClient guardians;
  private final TextField name = new TextField();
  private final DatePicker birthDate = new DatePicker();
  private final TextField card = new TextField();
  private final Select<String> relationship = new Select<>();
  private final TextArea message = new TextArea();
  private final Div problem = new Div();
  private final Div form = new Div();

  public LinkRequestView(BackendClient backend) {
    this.guardians = new GuardiansClient(backend);
    addClassName("portal-page");
    var back = AccountPage.backLink(getTranslation("guardians.request.back"));
    back.setId("request-back");
    back.addClassName("portal-back");
    var intro = new Paragraph(getTranslation("guardians.request.intro"));
    intro.addClassName("portal-lead");
    add(back, new H1(getTranslation("guardians.request.heading")), intro, form);

    name.setId("minor-name");
    name.setLabel(getTranslation("guardians.request.name"));
    name.setRequired(true);
    name.setMaxLength(200);
    name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

    birthDate.setId("minor-birth-date");
    birthDate.setLabel(getTranslation("guardians.request.birth-date"));
    birthDate.setHelperText(getTranslation("guardians.request.birth-date-hint"));
    birthDate.setRequired(true);
    birthDate.setMax(LocalDate.now());
    birthDate.setLocale(getLocale());

    card.setId("minor-card");
    card.setLabel(getTranslation("guardians.request.card"));
    card.setHelperText(getTranslation("guardians.request.card-hint"));
    card.setMaxLength(32);
    card.setPattern(CARD);

    relationship.setId("relationship");
    relationship.setLabel(getTranslation("guardians.request.relationship"));
    relationship.setItems(RELATIONSHIPS);
    relationship.setItemLabelGenerator(this::relationshipText);
    // no required indicator: Select puts aria-required on its button, which that role does not
    // allow

    message.setId("request-message");
    message.setLabel(getTranslation("guardians.request.message"));
    message.setHelperText(getTranslation("guardians.request.message-hint"));
    message.setMaxLength(1000);

    problem.setId("request-problem");
    problem.addClassName("portal-notice");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);

    var send = new Button(getTranslation("guardians.request.send"), click -> send());
    send.setId("request-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    var fields = new Div(name, birthDate, card, relationship, message);
    fields.addClassName("portal-form");
    form.add(fields, problem, send);
  }

  private void send() {
    if (!valid()) {
      return;
    }
    problem.setVisible(false); // the fields are fine now; a backend answer may show it again
    var request =
        new GuardiansClient.LinkRequest(
            name.getValue().strip(),
            birthDate.getValue().toString(),
            card.getValue().isBlank() ? null : card.getValue().strip(),
            relationship.getValue(),
            message.getValue().isBlank() ? null : message.getValue().strip());
    switch (guardians.requestLink(request)) {
      case BackendAnswer.Found<GuardiansClient.Received> sent -> showSent();
      case BackendAnswer.NotFound<GuardiansClient.Received> none ->
          showProblem("guardians.request.error.no-record");
      case BackendAnswer.Failed<GuardiansClient.Received> failed -> showProblem(problemKey(failed));
    }
  }

  /** Checks what the browser can check; the backend checks everything again. */
  private boolean valid() {
    name.setInvalid(name.getValue().isBlank());
    name.setErrorMessage(getTranslation("guardians.request.name-required"));
    birthDate.setInvalid(birthDate.getValue() == null);
    birthDate.setErrorMessage(getTranslation("guardians.request.birth-date-required"));
    boolean cardOk = card.getValue().isBlank() || card.getValue().strip().matches(CARD);
    card.setInvalid(!cardOk);
    card.setErrorMessage(getTranslation("guardians.request.card-invalid"));
    relationship.setInvalid(relationship.getValue() == null);
    relationship.setErrorMessage(getTranslation("guardians.request.relationship-required"));
    boolean ok = !name.isInvalid() && !birthDate.isInvalid() && cardOk && !relationship.isInvalid();
    if (!ok) {
      showProblem("guardians.request.error.check-fields");
    }
    return ok;
  }

  /** A translated message for the backend's answer, from its problem type, code and fields. */
  static String problemKey(BackendAnswer.Failed<?> failed) {
    if (failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN) {
      return "guardians.request.error.sign-in-again";
    }
    ApiProblem problem = failed.problem();
    if (failed.reason() != BackendAnswer.Reason.REJECTED || !problem.is(ApiProblem.VALIDATION)) {
      return failed.reason() == BackendAnswer.Reason.REJECTED
          ? "guardians.request.error.check-fields"
          : "guardians.request.error.unavailable";
    }
    if ("requester-is-minor".equals(problem.code())) {
      return "guardians.request.error.adult-only";
    }
    if (problem.errors().containsKey("minorBirthDate")) {
      return "guardians.request.error.birth-date";
    }
    if (problem.errors().containsKey("minorCardNumber")) {
      return "guardians.request.card-invalid";
    }
    return "guardians.request.error.check-fields";
  }

  private void showProblem(String key) {
    problem.removeAll();
    problem.add(new Paragraph(getTranslation(key)));
    problem.setVisible(true);
  }

  private void showSent() {
    form.removeAll();
    form.add(confirmation());
  }

  private Component confirmation() {
    var requests =
        new Anchor("records/tickets", getTranslation("guardians.request.sent.my-requests"));
    requests.setId("request-my-requests");
    requests.addClassName("portal-button-link");
    var sent =
        new Div(
            new H2(getTranslation("guardians.request.sent.title")),
            new Paragraph(getTranslation("guardians.request.sent.desk")),
            new Paragraph(getTranslation("guardians.request.sent.next")),
            requests);
    sent.setId("request-sent");
    sent.addClassName("portal-notice");
    sent.getElement().setAttribute("role", "status");
    return sent;
  }

  private String relationshipText(String value) {
    String key = "guardians.relationship." + value.toLowerCase(Locale.ROOT);
    return getTranslation(key);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("guardians.request.heading") + " – " + getTranslation("app.name");
  }
}
