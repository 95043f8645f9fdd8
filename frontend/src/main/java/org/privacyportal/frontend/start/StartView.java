package org.privacyportal.frontend.start;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.security.SecurityConfig;

/** The public start page: what the portal is for, and a clear way to sign in. */
@Route("")
@AnonymousAllowed
public final class StartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final transient AuthenticationContext authentication;

  public StartView(AuthenticationContext authentication) {
    this.authentication = authentication;
    addClassName("portal-page");

    var heading = new H1(getTranslation("start.heading"));
    var intro = new Paragraph(getTranslation("start.intro"));
    intro.addClassName("portal-lead");

    // a plain link, not a router link: signing in leaves the Vaadin UI for Keycloak
    var signIn =
        new Anchor(SecurityConfig.LOGIN_PATH.substring(1), getTranslation("start.sign-in"));
    signIn.setId("sign-in");
    signIn.setRouterIgnore(true);
    signIn.addClassName("portal-button-link");

    var hint = new Paragraph(getTranslation("start.sign-in-hint"));
    hint.addClassName("portal-hint");

    var privacy = new Paragraph(getTranslation("start.privacy"));

    add(heading, intro, signIn, hint, privacy);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (authentication.isAuthenticated()) {
      event.forwardTo(AccountPage.PATH);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("start.title") + " – " + getTranslation("app.name");
  }
}
