package org.privacyportal.frontend.details;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;

/**
 * "Update my details": what the library has now, a form to ask for a change, the request while it
 * waits for staff (with Withdraw), and the outcome of earlier ones with the reason of a rejection.
 * It acts on the account chosen in the account switcher (a guardian on a minor's); the backend
 * decides who may, and anything it does not answer shows as "nothing to show".
 */
@Route("details")
@PermitAll
@StyleSheet("styles/details.css")
public final class DetailsView extends DetailsPage {

  private static final String NOT_AVAILABLE = "details.not-available";

  private final transient BackendClient backend;
  private final transient DetailChangesClient client;
  private final transient RequestCards cards = new RequestCards(this::getTranslation);
  private String patronId;

  public DetailsView(BackendClient backend) {
    super("details", "details.back", "details.heading", "details.title");
    this.backend = backend;
    this.client = new DetailChangesClient(backend);
  }

  /** On entering: the account acted on (a guardian may act for a minor), then its details. */
  @Override
  protected void load() {
    showAnswer(
        ActingAccount.patronId(backend),
        patron -> {
          patronId = patron;
          reload();
        },
        NOT_AVAILABLE);
  }

  /** After an action: the same account's details as they are now. */
  private void reload() {
    showAnswer(client.view(patronId), this::show, NOT_AVAILABLE);
  }

  @Override
  protected String failureKey(BackendAnswer.Reason reason) {
    return reason == BackendAnswer.Reason.SIGN_IN_AGAIN
        ? "details.sign-in-again"
        : "details.unavailable";
  }

  private void show(DetailChanges changes) {
    content.removeAll();
    content.add(currentCard(changes.current()));
    if (changes.pending() != null) {
      content.add(pendingCard(changes.pending()));
    } else {
      content.add(new ChangeForm(changes.current(), this::send));
    }
    if (!changes.decided().isEmpty()) {
      content.add(decided(changes));
    }
  }

  private Component currentCard(ContactDetails current) {
    var heading = new H2(getTranslation("details.current.heading"));
    heading.setId("details-current-heading");
    var card = new Section(heading, cards.current(current, "details-current"));
    card.setId("details-current");
    card.addClassName("portal-card");
    card.getElement().setAttribute("aria-labelledby", "details-current-heading");
    return card;
  }

  private Component pendingCard(ChangeRequest pending) {
    var heading = new H2(getTranslation("details.pending.heading"));
    heading.setId("details-pending-heading");
    var text = new Paragraph(getTranslation("details.pending.text"));
    var asked =
        new Paragraph(
            getTranslation(
                "details.pending.asked",
                DetailsFormat.dateTime(pending.requestedAt(), getLocale()),
                cards.requestedBy(pending.requestedBy())));
    asked.addClassName("portal-hint");
    var withdraw =
        new Button(getTranslation("details.pending.withdraw"), click -> withdraw(pending.id()));
    withdraw.setId("details-withdraw");
    withdraw.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
    var card =
        new Section(
            heading,
            text,
            cards.values(pending.requested(), pending.changed(), "details-pending"),
            asked,
            withdraw);
    card.setId("details-pending");
    card.addClassName("portal-card");
    card.addClassName("details-pending");
    card.getElement().setAttribute("aria-labelledby", "details-pending-heading");
    return card;
  }

  private Component decided(DetailChanges changes) {
    var heading = new H2(getTranslation("details.decided.heading"));
    heading.setId("details-decided-heading");
    var list = new UnorderedList();
    list.addClassName("details-decided-list");
    for (ChangeRequest request : changes.decided()) {
      list.add(decidedItem(request));
    }
    var section = new Section(heading, list);
    section.setId("details-decided");
    section.getElement().setAttribute("aria-labelledby", "details-decided-heading");
    return section;
  }

  private ListItem decidedItem(ChangeRequest request) {
    var outcome = new H3(cards.status(request.status()));
    outcome.addClassName("details-outcome");
    outcome.addClassName("details-outcome-" + request.status().toLowerCase(java.util.Locale.ROOT));
    var item =
        new ListItem(
            outcome,
            new Paragraph(
                getTranslation(
                    "details.decided.when",
                    DetailsFormat.dateTime(request.decidedAt(), getLocale()))));
    if (request.reason() != null) {
      var reason = new Paragraph(getTranslation("details.decided.reason", request.reason()));
      reason.addClassName("details-reason");
      item.add(reason);
    }
    item.add(
        cards.values(request.requested(), request.changed(), "details-decided-" + request.id()));
    item.setId("details-request-" + request.id());
    item.addClassName("details-decided-item");
    return item;
  }

  private void send(Map<String, Object> body) {
    var answer = client.request(patronId, body);
    switch (answer) {
      case BackendAnswer.Found<ChangeRequest> found -> {
        reload();
        status.setText(getTranslation("details.sent"));
      }
      case BackendAnswer.NotFound<ChangeRequest> none -> notice(NOT_AVAILABLE);
      case BackendAnswer.Failed<ChangeRequest> failed -> refused(failed);
    }
  }

  private void refused(BackendAnswer.Failed<?> failed) {
    if (failed.reason() != BackendAnswer.Reason.REJECTED) {
      notice(failureKey(failed.reason()));
      return;
    }
    ChangeForm form =
        content
            .getChildren()
            .filter(ChangeForm.class::isInstance)
            .map(ChangeForm.class::cast)
            .findFirst()
            .orElse(null);
    ApiProblem problem = failed.problem();
    if (problem.is(ApiProblem.CONFLICT, "already-pending")) {
      reload(); // another request is waiting (sent from another device, or by a guardian): show it
      status.setText(getTranslation("details.already-pending"));
    } else if (form != null && problem.is(ApiProblem.VALIDATION, "nothing-changes")) {
      form.showProblem(getTranslation("details.form.nothing-changed"));
    } else if (form == null || !form.showProblems(FieldProblems.named(problem))) {
      status.setText(getTranslation("details.refused"));
    }
  }

  private void withdraw(String requestId) {
    switch (client.withdraw(patronId, requestId)) {
      case BackendAnswer.Found<ChangeRequest> found -> {
        reload();
        status.setText(getTranslation("details.withdrawn"));
      }
      case BackendAnswer.NotFound<ChangeRequest> none -> notice(NOT_AVAILABLE);
      case BackendAnswer.Failed<ChangeRequest> failed -> {
        if (failed.reason() == BackendAnswer.Reason.REJECTED) {
          reload(); // decided meanwhile: show the outcome
          status.setText(getTranslation("details.decided-meanwhile"));
        } else {
          notice(failureKey(failed.reason()));
        }
      }
    }
  }
}
