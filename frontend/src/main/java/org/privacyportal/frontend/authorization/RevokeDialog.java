package org.privacyportal.frontend.authorization;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before revoking: revocation cannot be undone (a new authorization would have to be signed).
 * "Keep it" is the safe choice and has the focus first.
 */
final class RevokeDialog extends Dialog {

  RevokeDialog(String granteeName, Runnable onRevoke) {
    setId("authorization-revoke-dialog");
    setHeaderTitle(getTranslation("authorization.revoke.title", granteeName));
    var keep = new Button(getTranslation("authorization.revoke.keep"), click -> close());
    keep.setId("authorization-revoke-keep");
    var revoke =
        new Button(
            getTranslation("authorization.revoke.confirm"),
            click -> {
              close();
              onRevoke.run();
            });
    revoke.setId("authorization-revoke-confirm");
    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    add(new Paragraph(getTranslation("authorization.revoke.text", granteeName)));
    getFooter().add(keep, revoke);
    addOpenedChangeListener(
        event -> {
          if (event.isOpened()) {
            keep.focus();
          }
        });
  }
}
