package org.privacyportal.frontend.accesslog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.privacyportal.frontend.backend.BackendAnswer;

/**
 * "This wasn't me / I have a question" about one entry: an optional message, then the ticket's
 * reference. The backend opens the privacy-question ticket (or returns the one already open).
 */
final class QuestionDialog extends Dialog {

  /** As the backend allows. */
  static final int MAX_MESSAGE = 2000;

  private final AccessLogClient client;
  private final String patronId;
  private final AccessLogEntry entry;
  private final Consumer<String> asked;
  private final TextArea message = new TextArea();
  private final Div problem = new Div();

  /**
   * @param asked told the ticket id once the question is sent
   */
  QuestionDialog(
      AccessLogClient client,
      String patronId,
      AccessLogEntry entry,
      EntryWording wording,
      Consumer<String> asked) {
    this.client = client;
    this.patronId = patronId;
    this.entry = entry;
    this.asked = asked;
    setId("access-question-dialog");
    setHeaderTitle(getTranslation("accesslog.ask.title"));
    var about =
        new Paragraph(
            getTranslation(
                "accesslog.ask.about",
                wording.when(entry.accessedAt()),
                wording.records(entry),
                wording.who(entry)));
    about.setId("access-question-about");
    message.setId("access-question-message");
    message.setLabel(getTranslation("accesslog.ask.message"));
    message.setHelperText(getTranslation("accesslog.ask.message-help", MAX_MESSAGE));
    message.setMaxLength(MAX_MESSAGE);
    message.setWidthFull();
    problem.setId("access-question-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.addClassName("accesslog-problem");
    add(about, message, problem);

    var cancel = new Button(getTranslation("accesslog.ask.cancel"), click -> close());
    cancel.setId("access-question-cancel");
    var send = new Button(getTranslation("accesslog.ask.send"), click -> send());
    send.setId("access-question-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(cancel, send);
  }

  private void send() {
    switch (client.ask(patronId, entry.id(), message.getValue())) {
      case BackendAnswer.Found<AccessLogQuestion> found -> confirm(found.value());
      case BackendAnswer.NotFound<AccessLogQuestion> none -> showProblem("accesslog.ask.gone");
      case BackendAnswer.Failed<AccessLogQuestion> failed ->
          showProblem(
              switch (failed.reason()) {
                case REJECTED -> "accesslog.ask.rejected";
                case SIGN_IN_AGAIN -> "accesslog.sign-in-again.text";
                case UNAVAILABLE, UNEXPECTED -> "accesslog.ask.unavailable";
              });
    }
  }

  private void showProblem(String key) {
    problem.removeAll();
    problem.add(new Span(getTranslation(key)));
  }

  /** The question is on file: say so with its reference, in place of the form. */
  private void confirm(AccessLogQuestion question) {
    asked.accept(question.ticketId());
    removeAll();
    getFooter().removeAll();
    setHeaderTitle(getTranslation("accesslog.ask.sent-title"));
    var done =
        new Div(
            new Paragraph(
                getTranslation(
                    question.created() ? "accesslog.ask.sent" : "accesslog.ask.already",
                    question.reference())),
            new Paragraph(getTranslation("accesslog.ask.next")));
    done.setId("access-question-sent");
    done.getElement().setAttribute("role", "status");
    add(done);
    var close = new Button(getTranslation("accesslog.ask.close"), click -> close());
    close.setId("access-question-close");
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(close);
    close.focus();
  }

  @Override
  public void open() {
    super.open();
    message.focus();
  }
}
