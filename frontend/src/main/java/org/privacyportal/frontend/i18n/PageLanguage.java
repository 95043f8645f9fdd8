package org.privacyportal.frontend.i18n;

import com.vaadin.flow.component.UI;

/** Keeps the page's {@code <html lang>} in step with the UI's language (WCAG 3.1.1). */
public final class PageLanguage {

  private PageLanguage() {}

  /** Sets {@code document.documentElement.lang} to the UI's current language. */
  public static void apply(UI ui) {
    ui.getPage()
        .executeJs("document.documentElement.lang = $0", Languages.htmlLang(ui.getLocale()));
  }
}
