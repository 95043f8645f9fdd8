package org.privacyportal.frontend.details;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.function.Consumer;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.layout.Notice;

/**
 * What the patron's and the staff's details pages share: a back link to the account page, the h1, a
 * status line (role=status) saying what the last action did, and the content below it, which shows
 * what the backend answered or, when it answered nothing to show, a {@link Notice} in its place.
 * Element ids start with the page's {@code idPrefix}.
 */
public abstract class DetailsPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

  protected final Paragraph status = new Paragraph();
  protected final Div content = new Div();
  private final String idPrefix;
  private final String titleKey;

  protected DetailsPage(String idPrefix, String backKey, String headingKey, String titleKey) {
    this.idPrefix = idPrefix;
    this.titleKey = titleKey;
    addClassName("portal-page");
    addClassName("details-page");
    var back = AccountPage.backLink(getTranslation(backKey));
    back.setId(idPrefix + "-back");
    back.addClassName("portal-back");
    status.setId(idPrefix + "-status");
    status.addClassName("details-status");
    status.getElement().setAttribute("role", "status");
    add(back, new H1(getTranslation(headingKey)), status, content);
  }

  /** A fresh visit: no outcome of an earlier action, and the content as the backend has it now. */
  @Override
  public final void beforeEnter(BeforeEnterEvent event) {
    status.setText("");
    load();
  }

  /** Asks the backend for the page's content and shows it ({@link #showAnswer}). */
  protected abstract void load();

  /** The notice (see {@link Notice}) for a call that failed for this reason. */
  protected abstract String failureKey(BackendAnswer.Reason reason);

  /**
   * The answer's value through {@code show}, or the notice {@code notFoundKey}, or that of the
   * failure.
   */
  protected final <T> void showAnswer(
      BackendAnswer<T> answer, Consumer<T> show, String notFoundKey) {
    switch (answer) {
      case BackendAnswer.Found<T> found -> show.accept(found.value());
      case BackendAnswer.NotFound<T> none -> notice(notFoundKey);
      case BackendAnswer.Failed<T> failed -> notice(failureKey(failed.reason()));
    }
  }

  /** Replaces the content with the notice {@code key}. */
  protected final void notice(String key) {
    content.removeAll();
    content.add(new Notice(idPrefix + "-notice", key));
  }

  @Override
  public String getPageTitle() {
    return getTranslation(titleKey) + " – " + getTranslation("app.name");
  }
}
