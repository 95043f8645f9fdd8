package org.privacyportal.frontend.shared;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.layout.LinkList;

/**
 * The account page's link to "Shared with me", shown only while someone has shared records with the
 * signed-in person (docs/authorizations-shared.md): most patrons never receive an authorization,
 * and a link to an empty page on every visit would be noise. When the last one is revoked or ends,
 * the link goes with it.
 */
public final class SharedLinks extends LinkList {

  private SharedLinks() {
    super(
        "shared-links",
        "shared.links.heading",
        List.of(new Link(SharedView.PATH, "link-shared", "shared.links.shared")));
  }

  /** The link, if anything is shared with the signed-in person now. */
  public static Optional<Component> ifAny(BackendClient backend) {
    return switch (new SharedClient(backend).all()) {
      case BackendAnswer.Found<List<SharedClient.SharedWithMe>> found
          when !found.value().isEmpty() ->
          Optional.of(new SharedLinks());
      default -> Optional.empty();
    };
  }
}
