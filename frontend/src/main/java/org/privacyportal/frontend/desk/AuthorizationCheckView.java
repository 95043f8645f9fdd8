package org.privacyportal.frontend.desk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.i18n.ReaderTimeZone;
import org.privacyportal.frontend.i18n.Translations;
import org.privacyportal.frontend.records.CategoryRecords;

/**
 * The staff desk's check of a written authorization (docs/desk.md): staff type or scan the code on
 * the paper (the QR code opens this page with {@code ?code=}), choose the type of photo ID the
 * person showed (no field exists for its number), and then see whose records these are, for whom,
 * until when, and each authorized category, read-only. The backend decides and logs every read.
 */
@Route(AuthorizationCheckView.PATH)
@PermitAll
public final class AuthorizationCheckView extends Div
    implements BeforeEnterObserver, HasDynamicTitle {

  /** The route, also in the QR code printed on each authorization. */
  public static final String PATH = "staff/authorization-check";

  /** The words of each ID type: this prefix and the type in lower case. */
  private static final String ID_TYPE_WORDS = "desk.check.id-type.";

  private final transient AuthorizationCheckClient client;
  private final transient BackendClient backend;
  private final TextField code = new TextField();
  private final Select<String> idType = new Select<>();
  private final Div problem = new Div();
  private final Div result = new Div();

  public AuthorizationCheckView(BackendClient backend) {
    this.backend = backend;
    this.client = new AuthorizationCheckClient(backend);
    addClassName("portal-page");
    var back = AccountPage.backLink(getTranslation("desk.check.back"));
    back.setId("desk-check-back");
    back.addClassName("portal-back");

    code.setId("desk-check-code");
    code.setLabel(getTranslation("desk.check.code"));
    code.setHelperText(getTranslation("desk.check.code-hint"));
    code.setMaxLength(40);
    code.setWidthFull();
    code.getElement().setAttribute("autocomplete", "off");
    code.getElement().setAttribute("autocapitalize", "characters");
    code.getElement().setAttribute("spellcheck", "false");
    idType.setId("desk-check-id-type");
    idType.setLabel(getTranslation("desk.check.id-type"));
    idType.setHelperText(getTranslation("desk.check.id-type-hint"));
    idType.setItems(AuthorizationCheckClient.ID_TYPES);
    idType.setItemLabelGenerator(t -> getTranslation(ID_TYPE_WORDS + t.toLowerCase(Locale.ROOT)));
    var submit = new Button(getTranslation("desk.check.submit"), click -> submit());
    submit.setId("desk-check-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var form = new Div(code, idType, submit);
    form.addClassName("portal-form");
    problem.setId("desk-check-problem");
    problem.getElement().setAttribute("role", "alert");
    result.setId("desk-check-result");
    add(
        back,
        new H1(getTranslation("desk.check.heading")),
        new Paragraph(getTranslation("desk.check.intro")),
        form,
        problem,
        result);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    // the QR code on the printed authorization opens this page with the code filled in
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter("code")
        .filter(c -> c.length() <= 40)
        .ifPresent(code::setValue);
  }

  private void submit() {
    problem.removeAll();
    result.removeAll();
    boolean missingCode = code.getValue().isBlank();
    code.setInvalid(missingCode);
    code.setErrorMessage(getTranslation("desk.check.code-required"));
    idType.setInvalid(idType.getValue() == null);
    idType.setErrorMessage(getTranslation("desk.check.id-type-required"));
    if (missingCode || idType.getValue() == null) {
      return;
    }
    switch (client.check(code.getValue().strip(), idType.getValue())) {
      case BackendAnswer.Found<AuthorizationCheckClient.Check> found -> show(found.value());
      case BackendAnswer.NotFound<AuthorizationCheckClient.Check> none ->
          problem.add(new Paragraph(getTranslation("desk.check.error.not-found")));
      case BackendAnswer.Failed<AuthorizationCheckClient.Check> failed ->
          problem.add(new Paragraph(failure(failed.problem())));
    }
  }

  /** The words for a refused check, from the problem's type and code (docs/problems.md). */
  private String failure(ApiProblem refused) {
    return getTranslation(failureKey(refused), refused.retryAfter() == null ? 0 : minutes(refused));
  }

  static String failureKey(ApiProblem refused) {
    if (refused.is(ApiProblem.CONFLICT)) {
      return switch (refused.code() == null ? "" : refused.code()) {
        case "REVOKED" -> "desk.check.error.revoked";
        case "EXPIRED" -> "desk.check.error.expired";
        case "NOT_YET_VALID" -> "desk.check.error.not-yet-valid";
        case "ENDED_AT_MAJORITY" -> "desk.check.error.ended-at-majority";
        default -> "desk.check.error.unavailable";
      };
    }
    if (refused.is(ApiProblem.RATE_LIMITED)) {
      return "desk.check.error.too-many";
    }
    if (refused.is(ApiProblem.VALIDATION)) {
      return "desk.check.error.format";
    }
    return "desk.check.error.unavailable";
  }

  private static long minutes(ApiProblem refused) {
    return Math.max(1, (refused.retryAfter() + 59) / 60);
  }

  private void show(AuthorizationCheckClient.Check check) {
    var details = new DescriptionList();
    details.addClassName("portal-details");
    details.add(
        new DescriptionList.Term(getTranslation("desk.check.patron")),
        described(check.patronName(), "desk-check-patron"),
        new DescriptionList.Term(getTranslation("desk.check.grantee")),
        described(check.granteeName(), "desk-check-grantee"),
        new DescriptionList.Term(getTranslation("desk.check.valid-until")),
        described(date(check.validUntil()), "desk-check-valid-until"),
        new DescriptionList.Term(getTranslation("desk.check.expires")),
        described(
            getTranslation(
                "desk.check.expires-in",
                Math.max(0, Duration.between(Instant.now(), check.expiresAt()).toMinutes())),
            "desk-check-expires"));
    var summary = new Div(new H2(getTranslation("desk.check.verified")), details);
    summary.addClassName("portal-card");
    summary.getElement().setAttribute("role", "status");
    var shown = new Div();
    shown.setId("desk-check-category");
    var categories = new UnorderedList();
    categories.setId("desk-check-categories");
    categories.addClassName("portal-category-buttons");
    for (String category : check.categories()) {
      var open =
          new Button(
              getTranslation("desk.check.show", categoryName(category)),
              click -> {
                shown.removeAll();
                shown.add(
                    new H2(categoryName(category)),
                    new CategoryRecords(
                        backend, check.patronId(), category, check.id(), "desk-check-records"));
              });
      open.setId("desk-check-show-" + category);
      categories.add(new ListItem(open));
    }
    var readOnly = new Paragraph(getTranslation("desk.check.read-only"));
    readOnly.addClassName("portal-hint");
    result.add(
        summary, new H2(getTranslation("desk.check.categories")), readOnly, categories, shown);
  }

  private String categoryName(String category) {
    return Translations.orElse(this, "category-of-others." + category, category);
  }

  private String date(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(getLocale())
            .format(instant.atZone(ReaderTimeZone.current()));
  }

  private static Component described(String text, String id) {
    var description = new DescriptionList.Description(text == null ? "" : text);
    description.setId(id);
    return description;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("desk.check.heading") + " – " + getTranslation("app.name");
  }
}
