package org.privacyportal.frontend.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.guardians.ActingBanner;
import org.privacyportal.frontend.i18n.LanguageSwitch;
import org.privacyportal.frontend.i18n.PageLanguage;

/**
 * The frame of every page: a header with the portal's name (a link home) and the main landmark
 * holding the view. Phone first: one column, no fixed widths.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends Div implements RouterLayout, LocaleChangeObserver {

  private final Anchor home = new Anchor("", "");
  private final Main main = new Main();

  public MainLayout(BackendClient backend) {
    addClassName("portal-shell");
    home.addClassName("portal-home");
    var header = new Header(home, new LanguageSwitch());
    header.addClassName("portal-header");
    main.addClassName("portal-main");
    main.setId("main-content");
    // whose account the page shows, while a guardian acts for a minor (guardians feature)
    add(header, new ActingBanner(backend), main);
  }

  @Override
  public void showRouterLayoutContent(HasElement content) {
    main.getElement().removeAllChildren();
    if (content != null) {
      main.getElement().appendChild(content.getElement());
    }
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    // called on attach; a language change reloads the page (LanguageSwitch), which builds it anew
    home.setText(getTranslation("app.name"));
    PageLanguage.apply(event.getUI());
  }
}
