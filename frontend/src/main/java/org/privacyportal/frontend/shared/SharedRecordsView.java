package org.privacyportal.frontend.shared;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.layout.Notice;
import org.privacyportal.frontend.records.CategoryRecords;

/**
 * One category of someone else's records that they shared with the signed-in person by written
 * authorization, read-only, under a banner saying whose records these are and until when
 * (docs/authorizations-shared.md). Nothing in force (revoked, ended, never given): "nothing to
 * show", as for any record the person may not see.
 */
@Route("shared/:patronId/:category")
@PermitAll
public final class SharedRecordsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final transient BackendClient backend;
  private String category = "";

  public SharedRecordsView(BackendClient backend) {
    this.backend = backend;
    addClassName("portal-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String patronId = event.getRouteParameters().get("patronId").orElse("");
    category = event.getRouteParameters().get("category").orElse("");
    var back = new Anchor(SharedView.PATH, getTranslation("shared.back-to-list"));
    back.setId("shared-records-back");
    back.addClassName("portal-back");
    add(back, new H1(SharedWords.category(this, category)));
    Optional<SharedClient.SharedWithMe> shared =
        switch (new SharedClient(backend).all()) {
          case BackendAnswer.Found<List<SharedClient.SharedWithMe>> found ->
              SharedClient.covering(found.value(), patronId, category);
          default -> Optional.empty();
        };
    if (shared.isEmpty()) {
      add(new Notice("shared-records-notice", "records.not-available"));
      return;
    }
    var banner =
        new Div(
            new Paragraph(
                getTranslation(
                    "shared.banner",
                    shared.get().patronName(),
                    SharedWords.until(this, getLocale(), shared.get()))));
    banner.setId("shared-banner");
    banner.addClassNames("portal-notice", "shared-banner");
    banner.getElement().setAttribute("role", "note");
    add(banner, new CategoryRecords(backend, patronId, category, null, "shared-records"));
  }

  @Override
  public String getPageTitle() {
    return SharedWords.category(this, category) + " – " + getTranslation("app.name");
  }
}
