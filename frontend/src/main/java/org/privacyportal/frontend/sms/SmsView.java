package org.privacyportal.frontend.sms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.i18n.ReaderTimeZone;

/**
 * SMS notices (off by default): enter a mobile number, confirm it with the six-digit code sent to
 * it, choose what to receive, opt out. For the patron chosen in the account switcher (a guardian
 * acting for a minor sees only the number's last two digits, as the backend answers). Every rule
 * (valid number, expiry, tries, resend limits, who may) is the backend's; this page shows its
 * answers, with a translated message for each refusal.
 */
@Route("settings/sms")
@PermitAll
@StyleSheet("styles/sms.css")
public final class SmsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final transient SmsClient sms;
  private final transient BackendClient backend;
  private final Div message = new Div();
  private final Div content = new Div();
  private String patronId;

  /** The state the page shows, to tell whether a refusal changed what it should offer. */
  private SmsState shown;

  public SmsView(BackendClient backend) {
    this.backend = backend;
    this.sms = new SmsClient(backend);
    addClassNames("portal-page", "sms-page");
    var back = AccountPage.backLink(getTranslation("sms.back"));
    back.setId("sms-back");
    back.addClassName("portal-back");
    var lead = new Paragraph(getTranslation("sms.lead"));
    lead.addClassName("portal-lead");
    message.setId("sms-message");
    message.addClassName("sms-message");
    // an alert region is announced when its text changes; it is empty (and hidden) until then
    message.getElement().setAttribute("role", "alert");
    message.setVisible(false);
    content.setId("sms-content");
    add(back, new H1(getTranslation("sms.heading")), lead, message, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    switch (ActingAccount.patronId(backend)) {
      case BackendAnswer.Found<String> found -> {
        patronId = found.value();
        BackendAnswer<SmsState> answer = sms.state(patronId);
        if (answer instanceof BackendAnswer.Found<SmsState> state) {
          render(state.value());
        } else {
          fail(SmsMessages.Action.LOAD, answer);
        }
      }
      case BackendAnswer.NotFound<String> none -> fail(SmsMessages.Action.LOAD, none);
      case BackendAnswer.Failed<String> failed -> fail(SmsMessages.Action.LOAD, failed);
    }
  }

  private void render(SmsState state) {
    shown = state;
    content.removeAll();
    content.add(status(state));
    if (state.pendingVerification() != null) {
      content.add(confirmation(state));
    }
    content.add(numberForm(state));
    if (state.enabled()) {
      content.add(choices(state), optOut());
    }
  }

  private Component status(SmsState state) {
    String text =
        !state.enabled()
            ? getTranslation("sms.status.off")
            : state.number() != null
                ? getTranslation("sms.status.on", state.number())
                : getTranslation("sms.status.on-masked", lastDigits(state.maskedNumber()));
    var paragraph = new Paragraph(text);
    paragraph.setId("sms-status");
    var card = card("sms-status-card", getTranslation("sms.status.heading"));
    card.add(paragraph);
    if (!state.enabled() && state.pendingVerification() == null) {
      card.add(new Paragraph(getTranslation("sms.status.off-hint")));
    }
    return card;
  }

  private Component numberForm(SmsState state) {
    boolean another = state.enabled() || state.pendingVerification() != null;
    var card =
        card(
            "sms-number-card",
            getTranslation(another ? "sms.number.change-heading" : "sms.number.heading"));
    var number = new TextField(getTranslation("sms.number.label"));
    number.setId("sms-number");
    number.setHelperText(getTranslation("sms.number.hint"));
    onInput(number, "i.type = 'tel';"); // the phone's dial pad
    number.setAutocomplete(Autocomplete.TEL);
    number.setMaxLength(32);
    number.setRequired(true);
    var send = new Button(getTranslation("sms.number.send"), click -> sendCode(number.getValue()));
    send.setId("sms-send");
    if (!another) {
      send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    // Enter in the field sends; the field's value is committed first (resetFocusOnActiveElement)
    send.addClickShortcut(Key.ENTER).listenOn(number).resetFocusOnActiveElement();
    var privacy = new Paragraph(getTranslation("sms.number.privacy"));
    privacy.addClassName("portal-hint");
    card.add(number, send, privacy);
    return card;
  }

  private Component confirmation(SmsState state) {
    SmsState.Pending pending = state.pendingVerification();
    var card = card("sms-confirm-card", getTranslation("sms.confirm.heading"));
    String to = pending.number() != null ? pending.number() : lastDigits(pending.maskedNumber());
    String expires =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(getLocale())
            .format(pending.expiresAt().atZone(zone()));
    var sent =
        new Paragraph(
            getTranslation(
                pending.number() != null ? "sms.confirm.sent" : "sms.confirm.sent-masked",
                to,
                expires));
    sent.setId("sms-sent");
    var code = new TextField(getTranslation("sms.confirm.code"));
    code.setId("sms-code");
    code.setHelperText(getTranslation("sms.confirm.code-hint"));
    code.setMaxLength(6);
    code.setAllowedCharPattern("[0-9]");
    code.getElement()
        .setProperty("autocomplete", "one-time-code"); // phones offer the code from the SMS
    onInput(code, "i.inputMode = 'numeric';"); // the number pad
    code.setRequired(true);
    card.add(sent, code);
    Checkbox[] boxes = null;
    if (!state.enabled()) {
      var legend = new Paragraph(getTranslation("sms.confirm.choices"));
      legend.addClassName("sms-legend");
      boxes = choiceBoxes(SmsState.Choices.ALL, "sms-new-");
      var group = choiceGroup(legend, boxes);
      card.add(group);
    }
    Checkbox[] chosen = boxes;
    var confirm =
        new Button(
            getTranslation("sms.confirm.button"),
            click -> confirm(code.getValue(), chosen == null ? null : choicesOf(chosen)));
    confirm.setId("sms-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickShortcut(Key.ENTER).listenOn(code).resetFocusOnActiveElement();
    // the same number again (the backend knows it while the code is valid; a guardian never sees
    // it)
    var resend = new Button(getTranslation("sms.confirm.resend"), click -> resend());
    resend.setId("sms-resend");
    resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    var buttons = new Div(confirm, resend);
    buttons.addClassName("sms-buttons");
    card.add(buttons);
    return card;
  }

  private Component choices(SmsState state) {
    var card = card("sms-choices-card", getTranslation("sms.choices.heading"));
    var hint = new Paragraph(getTranslation("sms.choices.hint"));
    hint.setId("sms-choices-hint");
    Checkbox[] boxes = choiceBoxes(state.choices(), "sms-");
    for (Checkbox box : boxes) {
      box.addValueChangeListener(
          e -> {
            if (e.isFromClient()) {
              saveChoices(choicesOf(boxes));
            }
          });
    }
    card.add(choiceGroup(hint, boxes));
    return card;
  }

  private Component optOut() {
    var card = card("sms-opt-out-card", getTranslation("sms.opt-out.heading"));
    var text = new Paragraph(getTranslation("sms.opt-out.text"));
    var button = new Button(getTranslation("sms.opt-out.button"), click -> confirmOptOut());
    button.setId("sms-opt-out");
    button.addThemeVariants(ButtonVariant.LUMO_ERROR);
    card.add(text, button);
    return card;
  }

  private void confirmOptOut() {
    var dialog = new Dialog();
    dialog.setId("sms-opt-out-dialog");
    dialog.setHeaderTitle(getTranslation("sms.opt-out.confirm-title"));
    dialog.add(new Paragraph(getTranslation("sms.opt-out.confirm-text")));
    var cancel = new Button(getTranslation("sms.opt-out.cancel"), click -> dialog.close());
    cancel.setId("sms-opt-out-cancel");
    var confirm =
        new Button(
            getTranslation("sms.opt-out.confirm"),
            click -> {
              dialog.close();
              act(SmsMessages.Action.OPT_OUT, sms.optOut(patronId), "sms.done.opted-out");
            });
    confirm.setId("sms-opt-out-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
    cancel.focus(); // the safe choice first for keyboard users
  }

  private void sendCode(String number) {
    if (act(
        SmsMessages.Action.SEND,
        sms.sendCode(patronId, number == null ? "" : number.strip(), language()),
        "sms.done.sent")) {
      focusCode();
    }
  }

  private void resend() {
    if (act(SmsMessages.Action.RESEND, sms.resend(patronId, language()), "sms.done.sent")) {
      focusCode();
    }
  }

  private String language() {
    return "es".equals(getLocale().getLanguage()) ? "es" : "en";
  }

  private void focusCode() {
    content
        .getChildren()
        .filter(c -> c.getId().orElse("").equals("sms-confirm-card"))
        .findFirst()
        .flatMap(card -> card.getChildren().filter(TextField.class::isInstance).findFirst())
        .ifPresent(field -> ((TextField) field).focus());
  }

  private void confirm(String code, SmsState.Choices choices) {
    act(
        SmsMessages.Action.CONFIRM,
        sms.confirm(patronId, code == null ? "" : code.strip(), choices),
        "sms.done.confirmed");
  }

  private void saveChoices(SmsState.Choices choices) {
    act(SmsMessages.Action.CHOICES, sms.setChoices(patronId, choices), "sms.done.choices");
  }

  /**
   * Shows the new state and the success message, or the failure's message (and the state as it now
   * is).
   */
  private boolean act(SmsMessages.Action action, BackendAnswer<SmsState> answer, String doneKey) {
    if (answer instanceof BackendAnswer.Found<SmsState> found) {
      render(found.value());
      show(getTranslation(doneKey), false);
      return true;
    }
    fail(action, answer);
    // an expired or used-up code changes what the page should offer; a wrong try keeps what was
    // typed
    if (sms.state(patronId) instanceof BackendAnswer.Found<SmsState> now
        && (action == SmsMessages.Action.CHOICES || changesOffer(now.value()))) {
      render(now.value());
    }
    return false;
  }

  private boolean changesOffer(SmsState now) {
    return shown == null
        || now.enabled() != shown.enabled()
        || (now.pendingVerification() == null) != (shown.pendingVerification() == null)
        || !now.choices().equals(shown.choices());
  }

  private void fail(SmsMessages.Action action, BackendAnswer<?> answer) {
    SmsMessages.Message failure = SmsMessages.forFailure(action, answer);
    show(
        failure.count() == null
            ? getTranslation(failure.key())
            : getTranslation(failure.key(), failure.count()),
        true);
  }

  private void show(String text, boolean error) {
    message.setText(text);
    message.setClassName("sms-error", error);
    message.setClassName("sms-done", !error);
    message.setVisible(true);
  }

  private Checkbox[] choiceBoxes(SmsState.Choices choices, String idPrefix) {
    var dueDate = new Checkbox(getTranslation("sms.choice.due-date"), choices.dueDate());
    dueDate.setId(idPrefix + "due-date");
    var holds = new Checkbox(getTranslation("sms.choice.holds-ready"), choices.holdsReady());
    holds.setId(idPrefix + "holds-ready");
    var found = new Checkbox(getTranslation("sms.choice.found-items"), choices.foundItems());
    found.setId(idPrefix + "found-items");
    return new Checkbox[] {dueDate, holds, found};
  }

  /** The boxes as one labelled group, so a screen reader says what they choose. */
  private static Div choiceGroup(Paragraph label, Checkbox[] boxes) {
    String labelId = boxes[0].getId().orElseThrow() + "-group-label";
    label.setId(labelId);
    var group = new Div(boxes);
    group.addClassName("sms-choices");
    group.getElement().setAttribute("role", "group");
    group.getElement().setAttribute("aria-labelledby", labelId);
    return new Div(label, group);
  }

  /**
   * Sets what vaadin-text-field has no property for on its native input (which sits in the light
   * DOM), once the component is ready.
   */
  private static void onInput(TextField field, String script) {
    field.addAttachListener(
        attach ->
            field
                .getElement()
                .executeJs(
                    "customElements.whenDefined('vaadin-text-field').then(() => requestAnimationFrame(() => {"
                        + " const i = this.inputElement || this.querySelector('input'); if (i) { "
                        + script
                        + " } }))"));
  }

  private static SmsState.Choices choicesOf(Checkbox[] boxes) {
    return new SmsState.Choices(boxes[0].getValue(), boxes[1].getValue(), boxes[2].getValue());
  }

  private static Div card(String id, String heading) {
    var card = new Div(new H2(heading));
    card.setId(id);
    card.addClassName("portal-card");
    return card;
  }

  /** "••••••68" → "68": read aloud as digits, not as a row of bullets. */
  private static String lastDigits(String masked) {
    return masked == null ? "" : masked.replaceAll("[^0-9]", "");
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
    return getTranslation("sms.title") + " – " + getTranslation("app.name");
  }
}
