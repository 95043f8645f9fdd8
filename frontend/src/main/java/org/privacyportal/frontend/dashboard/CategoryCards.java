package org.privacyportal.frontend.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.privacyportal.frontend.accesslog.AccessLogView;
import org.privacyportal.frontend.backend.RecordsSummary;
import org.privacyportal.frontend.i18n.Translations;
import org.privacyportal.frontend.records.RecordsView;

/**
 * The dashboard: one card per category of the patron's records, with how many entries it holds and,
 * for current loans, the next due date. Exactly the categories and figures the backend returned, in
 * its order: the view leaves nothing out and adds nothing.
 */
public final class CategoryCards extends Section {

  public CategoryCards(RecordsSummary summary) {
    setId("dashboard");
    addClassName("portal-dashboard");
    var heading = new H2(getTranslation("dashboard.heading"));
    heading.setId("dashboard-heading");
    getElement().setAttribute("aria-labelledby", "dashboard-heading");
    var cards = new Div();
    cards.addClassName("portal-dashboard-cards");
    summary.categories().forEach(category -> cards.add(card(category)));
    add(heading, cards);
  }

  private Div card(RecordsSummary.CategorySummary category) {
    var title = new H3(categoryTitle(category.category()));
    var count = new Paragraph(getTranslation("dashboard.count", category.count()));
    count.addClassName("portal-dashboard-count");
    count.setId("count-" + category.category());
    var card = new Div(title, count);
    if (category.nextDue() != null) {
      var due =
          new Paragraph(
              getTranslation(
                  "dashboard.next-due",
                  DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                      .withLocale(getLocale())
                      .format(category.nextDue())));
      due.setId("next-due");
      card.add(due);
    }
    var open =
        "access_log".equals(category.category()) // the access log has a page of its own
            ? new RouterLink(getTranslation("dashboard.open"), AccessLogView.class)
            : new RouterLink(
                getTranslation("dashboard.open"),
                RecordsView.class,
                new RouteParameters("category", category.category()));
    open.setId("open-" + category.category());
    open.addClassName("portal-card-link");
    // "View" alone says nothing to a screen reader listing the links: name the category too
    open.getElement()
        .setAttribute(
            "aria-label",
            getTranslation("dashboard.open-category", categoryTitle(category.category())));
    card.add(open);
    card.setId("card-" + category.category());
    card.addClassName("portal-dashboard-card");
    return card;
  }

  /**
   * A category's translated title; an unknown (newer) category shows its name rather than nothing.
   */
  private String categoryTitle(String category) {
    return Translations.orElse(this, "category." + category, category);
  }
}
