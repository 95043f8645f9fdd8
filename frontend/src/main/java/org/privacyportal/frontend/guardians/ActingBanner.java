package org.privacyportal.frontend.guardians;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Optional;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;

/**
 * Above every page, while a guardian acts on a minor's account: "You are viewing Milo Okafor's
 * account as their guardian", with a way back to their own. Part of the layout, so every view says
 * whose account it shows.
 *
 * <p>It runs before the view is built (the layout's before-enter comes first) and checks the choice
 * against the accounts the backend lists today: a minor who has come of age, or whose link ended,
 * is no longer there, so the choice is cleared and the view shows the person's own account, with a
 * notice saying why. The backend refuses that account anyway; this only keeps the page honest.
 */
@StyleSheet("styles/guardians.css")
public final class ActingBanner extends Div implements BeforeEnterObserver {

  private final transient GuardiansClient guardians;

  public ActingBanner(BackendClient backend) {
    this.guardians = new GuardiansClient(backend);
    setId("acting-banner");
    addClassName("portal-acting");
    setVisible(false);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    setVisible(false);
    Optional<String> chosen = ActingAccount.chosen();
    if (chosen.isEmpty()) {
      return;
    }
    if (guardians.accounts() instanceof BackendAnswer.Found<GuardiansClient.Accounts> found) {
      Optional<AccountChoice> ward =
          found.value().accounts().stream()
              .filter(a -> !a.isOwn() && a.patronId().equals(chosen.get()))
              .findFirst();
      if (ward.isPresent()) {
        showActing(ward.get());
      } else {
        ActingAccount.choose(null);
        showDroppedOut();
      }
    }
    // on a failure the view explains it; the choice stays until the backend can answer
  }

  private void showActing(AccountChoice ward) {
    var text = new Paragraph(getTranslation("guardians.banner.acting", ward.fullName()));
    text.setId("acting-text");
    var back = new Button(getTranslation("guardians.banner.back"), click -> backToOwnAccount());
    back.setId("acting-back");
    back.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
    add(text, back);
    getElement().setAttribute("role", "status");
    setVisible(true);
  }

  private void showDroppedOut() {
    var text = new Paragraph(getTranslation("guardians.banner.dropped-out"));
    text.setId("acting-dropped-out");
    add(text);
    getElement().setAttribute("role", "status");
    setVisible(true);
  }

  /** Back to one's own account, on the page one is on. */
  static void backToOwnAccount() {
    ActingAccount.choose(null);
    UI.getCurrent().refreshCurrentRoute(true);
  }
}
