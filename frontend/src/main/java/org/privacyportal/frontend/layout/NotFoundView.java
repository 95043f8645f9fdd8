package org.privacyportal.frontend.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A translated "page not found" in place of Vaadin's English developer message. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div
    implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    removeAll();
    addClassName("portal-page");
    setId("not-found");
    var home = new Anchor("", getTranslation("not-found.home"));
    home.addClassName("portal-button-link");
    add(
        new H1(getTranslation("not-found.heading")),
        new Paragraph(getTranslation("not-found.text")),
        home);
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("not-found.heading") + " – " + getTranslation("app.name");
  }
}
