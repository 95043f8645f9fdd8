package org.privacyportal.frontend.guardians;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;

/**
 * At the top of the account page: "Whose account" with the signed-in person and each minor they
 * guard today, as the backend lists them (a minor who has come of age is not in the list), and the
 * link to ask for a child's account. Choosing shows the page again for that account. Someone who
 * guards nobody sees only the link.
 */
@StyleSheet("styles/guardians.css")
public final class AccountSwitcher extends Div {

  /**
   * @param shownId the account the page shows now
   */
  public AccountSwitcher(BackendClient backend, String shownId) {
    setId("account-switcher-box");
    addClassName("portal-switcher");
    List<AccountChoice> accounts =
        new GuardiansClient(backend).accounts()
                instanceof BackendAnswer.Found<GuardiansClient.Accounts> found
            ? found.value().accounts()
            : List.of();
    if (accounts.size() > 1) {
      add(select(accounts, shownId));
    }
    boolean showingOwn = accounts.stream().anyMatch(a -> a.isOwn() && a.patronId().equals(shownId));
    if (showingOwn || accounts.isEmpty()) {
      var link = new Anchor("guardians/request", getTranslation("guardians.switcher.request-link"));
      link.setId("link-guardian-request");
      link.addClassName("portal-switcher-link");
      add(link);
    }
  }

  private Select<AccountChoice> select(List<AccountChoice> accounts, String shownId) {
    var select = new Select<AccountChoice>();
    select.setId("account-switcher");
    select.setLabel(getTranslation("guardians.switcher.label"));
    select.setHelperText(getTranslation("guardians.switcher.hint"));
    select.setItems(accounts);
    select.setItemLabelGenerator(
        a -> a.isOwn() ? getTranslation("guardians.switcher.you", a.fullName()) : a.fullName());
    accounts.stream()
        .filter(a -> a.patronId().equals(shownId))
        .findFirst()
        .ifPresent(select::setValue);
    select.addValueChangeListener(
        change -> {
          if (!change.isFromClient() || change.getValue() == null) {
            return;
          }
          ActingAccount.choose(change.getValue().isOwn() ? null : change.getValue().patronId());
          UI.getCurrent().refreshCurrentRoute(true);
        });
    return select;
  }
}
