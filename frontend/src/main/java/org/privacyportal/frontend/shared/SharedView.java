package org.privacyportal.frontend.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.layout.Notice;

/**
 * "Shared with me" (docs/authorizations-shared.md): each written authorization in force that names
 * the signed-in person, whose records it opens, which categories (each a link to read it) and until
 * when. The backend lists only what is in force now: a revoked one is gone on the next visit.
 */
@Route(SharedView.PATH)
@PermitAll
public final class SharedView extends Div implements HasDynamicTitle {

  static final String PATH = "shared";

  public SharedView(BackendClient backend) {
    addClassName("portal-page");
    var back = AccountPage.backLink(getTranslation("shared.back"));
    back.setId("shared-back");
    back.addClassName("portal-back");
    add(back, new H1(getTranslation("shared.heading")));
    add(new Paragraph(getTranslation("shared.intro")));
    switch (new SharedClient(backend).all()) {
      case BackendAnswer.Found<List<SharedClient.SharedWithMe>> found
          when found.value().isEmpty() ->
          add(new Notice("shared-notice", "shared.empty"));
      case BackendAnswer.Found<List<SharedClient.SharedWithMe>> found -> {
        var list = new UnorderedList();
        list.setId("shared-list");
        list.addClassName("portal-shared-list");
        found.value().forEach(shared -> list.add(item(shared)));
        add(list);
      }
      case BackendAnswer.NotFound<List<SharedClient.SharedWithMe>> none ->
          add(new Notice("shared-notice", "shared.empty"));
      case BackendAnswer.Failed<List<SharedClient.SharedWithMe>> failed ->
          add(
              new Notice(
                  "shared-notice",
                  failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN
                      ? "records.sign-in-again"
                      : "records.unavailable"));
    }
  }

  private Component item(SharedClient.SharedWithMe shared) {
    var item = new ListItem();
    item.addClassNames("portal-card", "shared-item");
    var details = new DescriptionList();
    details.addClassName("portal-details");
    details.add(
        new DescriptionList.Term(getTranslation("shared.until")),
        new DescriptionList.Description(SharedWords.until(this, getLocale(), shared)));
    var categories = new UnorderedList();
    categories.addClassName("shared-categories");
    for (String category : shared.categories()) {
      var link =
          new Anchor(
              PATH + "/" + shared.patronId() + "/" + category,
              SharedWords.category(this, category));
      link.setId("shared-" + shared.authorizationId() + "-" + category);
      link.addClassName("shared-category-link");
      categories.add(new ListItem(link));
    }
    item.add(new H2(getTranslation("shared.records-of", shared.patronName())), details, categories);
    return item;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("shared.heading") + " – " + getTranslation("app.name");
  }
}
