package org.privacyportal.frontend.policy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.layout.Notice;

/**
 * The library's privacy policy: what changed since the version the patron last accepted (shown
 * first, highlighted), a button to accept the current version (a consent-ledger entry, written by
 * the backend), and the whole text. Spanish readers get the project's translation with a note that
 * the English text is the official one.
 */
@Route("privacy-policy")
@PermitAll
@StyleSheet("styles/policy.css")
public final class PolicyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final transient PolicyClient policy;
  private final transient BackendClient backend;
  private final Div message = new Div();
  private final Div content = new Div();
  private String patronId;

  public PolicyView(BackendClient backend) {
    this.backend = backend;
    this.policy = new PolicyClient(backend);
    addClassNames("portal-page", "policy-page");
    var back = AccountPage.backLink(getTranslation("policy.back"));
    back.setId("policy-back");
    back.addClassName("portal-back");
    message.setId("policy-message");
    message.addClassName("policy-message");
    message.getElement().setAttribute("role", "status");
    message.setVisible(false);
    content.setId("policy-content");
    add(back, new H1(getTranslation("policy.heading")), message, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    switch (ActingAccount.patronId(backend)) {
      case BackendAnswer.Found<String> found -> {
        patronId = found.value();
        load();
      }
      case BackendAnswer.NotFound<String> none -> notice("policy.not-available");
      case BackendAnswer.Failed<String> failed -> failure(failed.reason());
    }
  }

  private void load() {
    switch (policy.state(patronId, language())) {
      case BackendAnswer.Found<PolicyState> found -> render(found.value());
      case BackendAnswer.NotFound<PolicyState> none -> notice("policy.not-available");
      case BackendAnswer.Failed<PolicyState> failed -> failure(failed.reason());
    }
  }

  private void render(PolicyState state) {
    content.removeAll();
    content.add(status(state));
    if (!state.accepted() && state.lastAcceptedVersion() != null) {
      content.add(changes(state));
    }
    if (!state.accepted()) {
      content.add(acceptCard(state));
    }
    content.add(text(state));
  }

  /** Which version is in force, and whether the patron accepted it. */
  private Component status(PolicyState state) {
    var card = new Div();
    card.setId("policy-status");
    card.addClassName("portal-card");
    card.add(new Paragraph(getTranslation("policy.current", state.currentVersion(), date(state))));
    String key =
        state.accepted()
            ? "policy.status.accepted"
            : state.lastAcceptedVersion() == null ? "policy.status.never" : "policy.status.older";
    var status = new Paragraph(getTranslation(key, state.lastAcceptedVersion()));
    status.setId("policy-acceptance-status");
    status.addClassName(state.accepted() ? "policy-accepted" : "policy-not-accepted");
    card.add(status);
    return card;
  }

  /**
   * "What changed since you last accepted (version X)": each newer version's summary, then the
   * lines.
   */
  private Component changes(PolicyState state) {
    var section = new Section();
    section.setId("policy-changes");
    section.addClassNames("portal-card", "policy-changes");
    var heading = new H2(getTranslation("policy.changes.heading", state.lastAcceptedVersion()));
    heading.setId("policy-changes-heading");
    section.getElement().setAttribute("aria-labelledby", "policy-changes-heading");
    section.add(heading);
    var summaries = new UnorderedList();
    summaries.addClassName("policy-summaries");
    for (PolicyState.VersionNote note : state.versionsSince()) {
      summaries.add(
          new ListItem(getTranslation("policy.changes.version", note.version(), note.summary())));
    }
    section.add(summaries);
    if (!state.changesKnown()) {
      section.add(new Paragraph(getTranslation("policy.changes.unknown")));
      return section;
    }
    var lines = new UnorderedList();
    lines.setId("policy-change-lines");
    lines.addClassName("policy-change-lines");
    for (PolicyState.Change change : state.changes()) {
      lines.add(ChangeLine.of(change, this::getTranslation));
    }
    section.add(lines);
    return section;
  }

  private Component acceptCard(PolicyState state) {
    var card = new Div();
    card.setId("policy-accept-card");
    card.addClassName("portal-card");
    card.add(new Paragraph(getTranslation("policy.accept.hint")));
    var accept =
        new Button(
            getTranslation("policy.accept", state.currentVersion()),
            click -> accept(state.currentVersion()));
    accept.setId("policy-accept");
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    accept.setDisableOnClick(true);
    card.add(accept);
    return card;
  }

  private void accept(String version) {
    var answer = policy.accept(patronId, version);
    switch (answer) {
      case BackendAnswer.Found<PolicyState.Acceptance> found ->
          show(getTranslation("policy.accepted", found.value().version()), false);
      case BackendAnswer.Failed<PolicyState.Acceptance> failed
          when failed.problem().is(ApiProblem.CONFLICT, "policy-not-current") ->
          show(getTranslation("policy.accept.stale"), true);
      case BackendAnswer.NotFound<PolicyState.Acceptance> none ->
          show(getTranslation("policy.accept.failed"), true);
      case BackendAnswer.Failed<PolicyState.Acceptance> failed ->
          show(getTranslation("policy.accept.failed"), true);
    }
    load(); // what the backend now has: accepted, or a newer version to read
  }

  private void show(String text, boolean error) {
    message.setText(text);
    message.getElement().setAttribute("role", error ? "alert" : "status");
    message.setClassName("policy-error", error);
    message.setClassName("policy-done", !error);
    message.setVisible(true);
  }

  /** The whole text; list items (lines starting with "- ") as a list. */
  private Component text(PolicyState state) {
    var section = new Section();
    section.setId("policy-text");
    section.addClassName("policy-text");
    var heading = new H2(getTranslation("policy.text.heading", state.currentVersion()));
    heading.setId("policy-text-heading");
    section.getElement().setAttribute("aria-labelledby", "policy-text-heading");
    section.add(heading);
    if (state.translation()) {
      var note = new Paragraph(getTranslation("policy.translation-note"));
      note.setId("policy-translation-note");
      note.addClassName("policy-note");
      section.add(note);
    }
    if (state.summary() != null) {
      section.add(new H3(getTranslation("policy.text.summary")), new Paragraph(state.summary()));
      section.add(new H3(getTranslation("policy.text.full")));
    }
    for (String paragraph : state.text()) {
      section.add(block(paragraph));
    }
    return section;
  }

  private static Component block(String paragraph) {
    List<String> lines = paragraph.lines().toList();
    if (lines.stream().allMatch(line -> line.startsWith("- "))) {
      var list = new UnorderedList();
      for (String line : lines) {
        list.add(new ListItem(line.substring(2)));
      }
      return list;
    }
    return new Paragraph(paragraph); // line breaks kept by the style sheet
  }

  private String date(PolicyState state) {
    return state.effectiveDate() == null
        ? state.currentVersion()
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(getLocale())
            .format(state.effectiveDate());
  }

  private String language() {
    Locale locale = getLocale();
    return locale != null && "es".equals(locale.getLanguage()) ? "es" : "en";
  }

  private void notice(String key) {
    content.removeAll();
    content.add(new Notice("policy-notice", key));
  }

  private void failure(BackendAnswer.Reason reason) {
    notice(
        reason == BackendAnswer.Reason.SIGN_IN_AGAIN
            ? "policy.sign-in-again"
            : "policy.unavailable");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("policy.heading") + " – " + getTranslation("app.name");
  }
}
