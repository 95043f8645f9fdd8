package org.privacyportal.frontend.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for the reason of a rejection: the patron is shown it, so it is required (the backend checks
 * the same length). Cancel is the safe choice and has the focus first.
 */
final class RejectDialog extends Dialog {

  static final int MIN_REASON = 5;
  static final int MAX_REASON = 500;

  private final TextArea reason = new TextArea();

  /**
   * @param onReject called with the trimmed reason once the staff member confirms
   */
  RejectDialog(String patronName, Consumer<String> onReject) {
    setId("staff-reject-dialog");
    setHeaderTitle(getTranslation("staff.details.reject.title", patronName));
    reason.setId("staff-reject-reason");
    reason.setLabel(getTranslation("staff.details.reject.reason"));
    reason.setHelperText(getTranslation("staff.details.reject.reason-hint"));
    reason.setMaxLength(MAX_REASON);
    reason.setRequired(true);
    reason.setManualValidation(true);
    reason.setWidthFull();
    reason.addValueChangeListener(
        change -> reason.setInvalid(false)); // typing answers the problem shown
    var cancel = new Button(getTranslation("staff.details.reject.cancel"), click -> close());
    cancel.setId("staff-reject-cancel");
    var confirm =
        new Button(
            getTranslation("staff.details.reject.confirm"),
            click -> {
              String text = reason.getValue() == null ? "" : reason.getValue().strip();
              if (text.codePointCount(0, text.length()) < MIN_REASON) {
                showReasonProblem();
                return;
              }
              close();
              onReject.accept(text);
            });
    confirm.setId("staff-reject-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    add(new Paragraph(getTranslation("staff.details.reject.text")), reason);
    getFooter().add(cancel, confirm);
    addOpenedChangeListener(
        event -> {
          if (event.isOpened()) {
            cancel.focus();
          }
        });
  }

  void showReasonProblem() {
    reason.setErrorMessage(getTranslation("staff.details.reject.reason-missing"));
    reason.setInvalid(true);
    reason.focus();
  }
}
