package org.privacyportal.frontend.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.IntConsumer;

/**
 * "Previous · Page 2 of 5 (96 entries) · Next" below a paged list. The position is announced
 * politely (aria-live) when the page changes, so a screen-reader user hears where they are.
 */
public final class Pager extends Div {

  /**
   * @param idPrefix ids are {@code <prefix>-previous}, {@code -next} and {@code -position}
   * @param page the page shown, from 0
   * @param show shows another page (from 0)
   */
  public Pager(
      String idPrefix,
      int page,
      int size,
      long total,
      boolean hasPrevious,
      boolean hasNext,
      IntConsumer show) {
    addClassName("portal-pager");
    var previous = new Button(getTranslation("pager.previous"), click -> show.accept(page - 1));
    previous.setId(idPrefix + "-previous");
    previous.setEnabled(hasPrevious);
    var next = new Button(getTranslation("pager.next"), click -> show.accept(page + 1));
    next.setId(idPrefix + "-next");
    next.setEnabled(hasNext);
    long pages = Math.max(1, (total + size - 1) / Math.max(1, size));
    var position = new Paragraph(getTranslation("pager.page", page + 1, pages, total));
    position.setId(idPrefix + "-position");
    position.getElement().setAttribute("aria-live", "polite");
    add(previous, position, next);
  }
}
