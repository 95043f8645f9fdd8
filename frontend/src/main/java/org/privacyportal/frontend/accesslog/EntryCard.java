package org.privacyportal.frontend.accesslog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One access as a card: when as its heading, then who, which records, on what ground and where, and
 * the way to ask about it. A card rather than a table row, so it reads well at 360 px.
 */
final class EntryCard extends ListItem {

  private final int index;
  private final AccessLogClient client;
  private final String patronId;
  private final EntryWording wording;
  private AccessLogEntry entry;

  /**
   * @param index the card's place on the page, from 0, for unique ids
   */
  EntryCard(
      int index,
      AccessLogEntry entry,
      AccessLogClient client,
      String patronId,
      EntryWording wording) {
    this.index = index;
    this.entry = entry;
    this.client = client;
    this.patronId = patronId;
    this.wording = wording;
    setId("access-entry-" + index);
    addClassNames("accesslog-entry", "portal-record");
    render();
  }

  private void render() {
    removeAll();
    var when = new H2(wording.when(entry.accessedAt()));
    when.setId("access-when-" + index);
    var details = new DescriptionList();
    details.addClassName("portal-details");
    term(details, "accesslog.field.who", wording.who(entry), "access-who-" + index);
    term(details, "accesslog.field.records", wording.records(entry), "access-records-" + index);
    term(details, "accesslog.field.ground", wording.ground(entry), "access-ground-" + index);
    if (entry.branch() != null) {
      term(details, "accesslog.field.branch", entry.branch(), "access-branch-" + index);
    }
    add(when, details);
    if (entry.questionTicketId() != null) {
      var asked =
          new Paragraph(
              getTranslation(
                  "accesslog.asked",
                  new AccessLogQuestion(entry.questionTicketId(), entry.id(), false).reference()));
      asked.setId("access-asked-" + index);
      asked.addClassName("accesslog-asked");
      add(asked);
    } else {
      var ask =
          new Button(
              getTranslation("accesslog.ask.button"),
              click -> new QuestionDialog(client, patronId, entry, wording, this::asked).open());
      ask.setId("access-ask-" + index);
      ask.addClassName("accesslog-ask");
      // "This wasn't me" repeats on every card: say which access it is about
      ask.getElement()
          .setAttribute(
              "aria-label",
              getTranslation(
                  "accesslog.ask.button-about",
                  wording.when(entry.accessedAt()),
                  wording.records(entry)));
      add(ask);
    }
  }

  private void asked(String ticketId) {
    entry = entry.withQuestion(ticketId);
    render();
  }

  private static void term(DescriptionList list, String labelKey, String value, String id) {
    var description = new DescriptionList.Description(value);
    description.setId(id);
    list.add(new DescriptionList.Term(list.getTranslation(labelKey)), description);
  }
}
