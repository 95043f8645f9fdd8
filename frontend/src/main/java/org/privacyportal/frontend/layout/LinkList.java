package org.privacyportal.frontend.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A titled list of links to other pages, as a navigation landmark named by its heading. Plain
 * links, so they work by keyboard and screen reader like any other; large touch targets come from
 * the {@code portal-settings-links} style.
 */
public class LinkList extends Nav {

  /** One link: where it goes, its element id and the translation key of its text. */
  public record Link(String route, String id, String textKey) {}

  protected LinkList(String id, String headingKey, List<Link> links) {
    setId(id);
    addClassName("portal-settings-links");
    var heading = new H2(getTranslation(headingKey));
    heading.setId(id + "-heading");
    getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    var list = new UnorderedList();
    for (Link link : links) {
      var anchor = new Anchor(link.route(), getTranslation(link.textKey()));
      anchor.setId(link.id());
      list.add(new ListItem(anchor));
    }
    add(heading, list);
  }
}
