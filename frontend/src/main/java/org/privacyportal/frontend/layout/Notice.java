package org.privacyportal.frontend.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A page's message in place of its content ("nothing to show", "sign in again", "try later"): a
 * heading and a sentence, announced politely (role=status). {@code key} names a pair of
 * translations, {@code key.title} and {@code key.text}.
 */
public final class Notice extends Div {

  public static final String TITLE = ".title";
  public static final String TEXT = ".text";

  public Notice(String id, String key) {
    add(new H2(getTranslation(key + TITLE)), new Paragraph(getTranslation(key + TEXT)));
    setId(id);
    addClassName("portal-notice");
    getElement().setAttribute("role", "status");
  }
}
