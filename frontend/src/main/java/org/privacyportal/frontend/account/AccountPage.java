package org.privacyportal.frontend.account;

import com.vaadin.flow.component.html.Anchor;

/**
 * Where the signed-in account page is ({@code dashboard.AccountView}), for the "back to my account"
 * link of every other page. The link goes by path, not by the view's class: the account page lists
 * the features, so a feature that named its class would need the package that needs it, an import
 * cycle (checked by {@code ArchitectureTest}).
 */
public final class AccountPage {

  /** The account page's route. */
  public static final String PATH = "account";

  private AccountPage() {}

  /** A link back to the account page; the router follows it inside the app, as any link. */
  public static Anchor backLink(String text) {
    return new Anchor(PATH, text);
  }
}
