package org.privacyportal.frontend.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.staff.GuardianLinkRequestsClient.Decision;
import org.privacyportal.frontend.staff.GuardianLinkRequestsClient.LinkRequestRow;
import org.privacyportal.frontend.staff.GuardianLinkRequestsClient.Requests;

/**
 * The staff desk's list of undecided guardian-link requests. Staff approve one only after checking
 * the requester's photo ID in person, choosing its type (no field exists for its number) and
 * entering the child's card number; or reject it with a reason the requester reads. A plain list:
 * the backend decides who may see it and writes each look to the patrons' access logs.
 */
@Route("staff/guardian-links")
@PermitAll
@StyleSheet("styles/guardians.css")
public final class GuardianLinksView extends Div implements HasDynamicTitle {

  private final transient GuardianLinkRequestsClient client;
  private final Div status = new Div();
  private final Div content = new Div();

  public GuardianLinksView(BackendClient backend) {
    this.client = new GuardianLinkRequestsClient(backend);
    addClassName("portal-page");
    var back = AccountPage.backLink(getTranslation("staff.guardian.back"));
    back.setId("staff-guardian-back");
    back.addClassName("portal-back");
    status.setId("staff-guardian-status");
    status.getElement().setAttribute("role", "status");
    add(
        back,
        new H1(getTranslation("staff.guardian.heading")),
        new Paragraph(getTranslation("staff.guardian.intro")),
        status,
        content);
    show();
  }

  private void show() {
    content.removeAll();
    switch (client.open()) {
      case BackendAnswer.Found<Requests> found when found.value().requests().isEmpty() ->
          content.add(notice("staff.guardian.empty"));
      case BackendAnswer.Found<Requests> found -> {
        var list = new UnorderedList();
        list.setId("staff-guardian-requests");
        list.addClassName("portal-link-requests");
        for (LinkRequestRow row : found.value().requests()) {
          list.add(item(row));
        }
        content.add(list);
      }
      case BackendAnswer.NotFound<Requests> none -> content.add(notice("staff.guardian.not-staff"));
      case BackendAnswer.Failed<Requests> failed ->
          content.add(
              notice(
                  failed.status() == 403
                      ? "staff.guardian.not-staff"
                      : "staff.guardian.unavailable"));
    }
  }

  private Component item(LinkRequestRow row) {
    var item = new ListItem();
    item.addClassName("portal-card");
    item.addClassName("portal-link-request");
    var details = new DescriptionList();
    details.addClassName("portal-details");
    details.add(
        new DescriptionList.Term(getTranslation("staff.guardian.card")),
        new DescriptionList.Description(row.requesterCardNumber()),
        new DescriptionList.Term(getTranslation("staff.guardian.opened")),
        new DescriptionList.Description(
            row.openedAt() == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(getLocale())
                    .format(row.openedAt().atZone(ZoneId.systemDefault()))),
        new DescriptionList.Term(getTranslation("staff.guardian.status")),
        new DescriptionList.Description(enumText("staff.guardian.status.", row.status())));
    var request = new Paragraph(row.request() == null ? "" : row.request());
    request.addClassName("portal-request-text");
    var problem = new Div();
    problem.addClassName("portal-link-problem");
    problem.getElement().setAttribute("role", "alert");
    item.add(
        new H2(row.requesterName()),
        details,
        new H3(getTranslation("staff.guardian.request")),
        request,
        approveForm(row, problem),
        rejectForm(row, problem),
        problem);
    return item;
  }

  private Component approveForm(LinkRequestRow row, Div problem) {
    var document = new Select<String>();
    document.addClassName("link-document");
    document.setLabel(getTranslation("staff.guardian.document"));
    document.setHelperText(getTranslation("staff.guardian.document-hint"));
    document.setItems(GuardianLinkRequestsClient.DOCUMENT_TYPES);
    document.setItemLabelGenerator(t -> enumText("staff.guardian.document.", t));
    var card = new TextField(getTranslation("staff.guardian.minor-card"));
    card.addClassName("link-minor-card");
    card.setMaxLength(32);
    var approve =
        new Button(
            getTranslation("staff.guardian.approve"),
            click -> {
              if (document.getValue() == null || card.getValue().isBlank()) {
                document.setInvalid(document.getValue() == null);
                document.setErrorMessage(getTranslation("staff.guardian.document-required"));
                card.setInvalid(card.getValue().isBlank());
                card.setErrorMessage(getTranslation("staff.guardian.minor-card-required"));
                return;
              }
              decided(
                  client.approve(row.ticketId(), card.getValue().strip(), document.getValue()),
                  row,
                  "staff.guardian.approved",
                  problem);
            });
    approve.addClassName("link-approve");
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var form = new Div(document, card, approve);
    form.addClassName("portal-link-form");
    return form;
  }

  private Component rejectForm(LinkRequestRow row, Div problem) {
    var reason = new TextField(getTranslation("staff.guardian.reason"));
    reason.addClassName("link-reason");
    reason.setHelperText(getTranslation("staff.guardian.reason-hint"));
    reason.setMaxLength(500);
    var reject =
        new Button(
            getTranslation("staff.guardian.reject"),
            click -> {
              if (reason.getValue().strip().length() < 5) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("staff.guardian.reason-required"));
                return;
              }
              decided(
                  client.reject(row.ticketId(), reason.getValue().strip()),
                  row,
                  "staff.guardian.rejected",
                  problem);
            });
    reject.addClassName("link-reject");
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    var form = new Div(reason, reject);
    form.addClassName("portal-link-form");
    return form;
  }

  private void decided(
      BackendAnswer<Decision> answer, LinkRequestRow row, String doneKey, Div problem) {
    problem.removeAll();
    switch (answer) {
      case BackendAnswer.Found<Decision> done -> {
        status.removeAll();
        status.add(new Paragraph(getTranslation(doneKey, row.requesterName())));
        status.addClassName("portal-notice");
        show();
      }
      case BackendAnswer.NotFound<Decision> none ->
          problem.add(new Paragraph(getTranslation("staff.guardian.error.gone")));
      case BackendAnswer.Failed<Decision> failed ->
          problem.add(new Paragraph(getTranslation(failureKey(failed.problem()))));
    }
  }

  /** The message for a refused decision, from the problem's type and fields (docs/problems.md). */
  static String failureKey(ApiProblem problem) {
    if (problem.is(ApiProblem.CONFLICT)) {
      return switch (problem.code() == null ? "" : problem.code()) {
        case "approver-is-requester" -> "staff.guardian.error.approver-is-requester";
        case "link-ended" -> "staff.guardian.error.link-ended";
        case "request-without-child" -> "staff.guardian.error.request-without-child";
        default -> "staff.guardian.error.conflict";
      };
    }
    if (problem.is(ApiProblem.VALIDATION) && problem.errors().containsKey("minorCardNumber")) {
      return "not-named-child".equals(problem.errors().get("minorCardNumber"))
          ? "staff.guardian.error.not-named-child"
          : "staff.guardian.error.card";
    }
    return "staff.guardian.unavailable";
  }

  /** The translation of an enum value sent by the backend: prefix + value in lower case. */
  private String enumText(String prefix, String value) {
    String key = prefix + (value == null ? "unknown" : value.toLowerCase(Locale.ROOT));
    return getTranslation(key);
  }

  private Component notice(String key) {
    var notice = new Div(new Paragraph(getTranslation(key)));
    notice.setId("staff-guardian-notice");
    notice.addClassName("portal-notice");
    notice.getElement().setAttribute("role", "status");
    return notice;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("staff.guardian.heading") + " – " + getTranslation("app.name");
  }
}
