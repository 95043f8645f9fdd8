package org.privacyportal.frontend.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.details.ChangeRequest;
import org.privacyportal.frontend.details.DetailsFormat;
import org.privacyportal.frontend.details.DetailsPage;
import org.privacyportal.frontend.details.RequestCards;

/**
 * The staff list of requested changes of details, oldest first: who (name, card number), what
 * changes (current and new value of those fields only), and Approve or Reject (with a reason the
 * patron will see). A plain list for now. The backend decides who may see it (staff and director)
 * and writes each patron shown into that patron's access log; anyone else sees "for library staff".
 */
@Route("staff/detail-changes")
@PermitAll
@StyleSheet("styles/details.css")
public final class StaffDetailChangesView extends DetailsPage {

  private static final String NOT_ALLOWED = "staff.details.not-allowed";

  private final transient StaffDetailChangesClient client;
  private final transient RequestCards cards = new RequestCards(this::getTranslation);

  public StaffDetailChangesView(BackendClient backend) {
    super("staff-details", "staff.details.back", "staff.details.heading", "staff.details.title");
    this.client = new StaffDetailChangesClient(backend);
  }

  @Override
  protected void load() {
    showAnswer(client.pending(), this::show, NOT_ALLOWED);
  }

  @Override
  protected String failureKey(BackendAnswer.Reason reason) {
    return switch (reason) {
      case REJECTED -> NOT_ALLOWED; // 403: not a staff account
      case SIGN_IN_AGAIN -> "staff.details.sign-in-again";
      case UNAVAILABLE, UNEXPECTED -> "staff.details.unavailable";
    };
  }

  private void show(PendingDetailChanges queue) {
    content.removeAll();
    var count = new Paragraph(getTranslation("staff.details.count", queue.pending()));
    count.setId("staff-details-count");
    content.add(count);
    if (queue.items().isEmpty()) {
      return;
    }
    var list = new UnorderedList();
    list.setId("staff-details-list");
    list.addClassName("details-staff-list");
    queue.items().forEach(item -> list.add(item(item)));
    content.add(list);
  }

  private ListItem item(PendingDetailChanges.Item item) {
    var name = new H2(item.patronName());
    var card = new Paragraph(getTranslation("staff.details.card", item.cardNumber()));
    card.addClassName("details-card-number");
    var asked =
        new Paragraph(
            getTranslation(
                "staff.details.asked",
                DetailsFormat.dateTime(item.requestedAt(), getLocale()),
                cards.requestedBy(item.requestedBy())));
    asked.addClassName("portal-hint");
    var entry = new ListItem(name, card, asked);
    for (String field : item.changed()) {
      entry.add(change(item, field));
    }
    var approve = new Button(getTranslation("staff.details.approve"), click -> approve(item));
    approve.setId("staff-approve-" + item.id());
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    approve
        .getElement()
        .setAttribute("aria-label", getTranslation("staff.details.approve-for", item.patronName()));
    var reject =
        new Button(
            getTranslation("staff.details.reject"),
            click -> new RejectDialog(item.patronName(), reason -> reject(item, reason)).open());
    reject.setId("staff-reject-" + item.id());
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    reject
        .getElement()
        .setAttribute("aria-label", getTranslation("staff.details.reject-for", item.patronName()));
    var actions = new Div(approve, reject);
    actions.addClassName("details-actions");
    entry.add(actions);
    entry.setId("staff-request-" + item.id());
    entry.addClassName("portal-card");
    entry.addClassName("details-staff-item");
    return entry;
  }

  /** One changed field: what the library has now, and what the patron asks for. */
  private Component change(PendingDetailChanges.Item item, String field) {
    var heading = new H3(getTranslation(RequestCards.fieldKey(field)));
    var now = new DescriptionList.Description(cards.value(item.current(), field, false));
    now.setId("staff-now-" + item.id() + "-" + field);
    var requested = new DescriptionList.Description(cards.value(item.requested(), field, true));
    requested.setId("staff-new-" + item.id() + "-" + field);
    var pair = new DescriptionList();
    pair.add(
        new DescriptionList.Term(getTranslation("staff.details.now")),
        now,
        new DescriptionList.Term(getTranslation("staff.details.new")),
        requested);
    pair.addClassName("portal-details");
    pair.addClassName("details-compare");
    var block = new Div(heading, pair);
    block.addClassName("details-change");
    return block;
  }

  private void approve(PendingDetailChanges.Item item) {
    decided(client.approve(item.id()), getTranslation("staff.details.approved", item.patronName()));
  }

  private void reject(PendingDetailChanges.Item item, String reason) {
    decided(
        client.reject(item.id(), reason),
        getTranslation("staff.details.rejected", item.patronName()));
  }

  private void decided(BackendAnswer<ChangeRequest> answer, String done) {
    load();
    status.setText(
        switch (answer) {
          case BackendAnswer.Found<ChangeRequest> found -> done;
          case BackendAnswer.NotFound<ChangeRequest> none -> getTranslation("staff.details.gone");
          case BackendAnswer.Failed<ChangeRequest> failed ->
              failed.problem().is(ApiProblem.CONFLICT)
                  ? getTranslation("staff.details.gone")
                  : getTranslation("staff.details.failed");
        });
  }
}
