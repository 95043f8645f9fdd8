package org.privacyportal.frontend.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The staff desk's pages, shown to a signed-in account without a patron record (staff, director).
 * Showing a link decides nothing: each page shows what the backend lets this account see.
 */
public final class StaffLinks extends Nav {

    /** route, element id, translation key */
    private static final String[][] LINKS = {
        {"staff/detail-changes", "link-staff-detail-changes", "staff.links.detail-changes"},
        {"staff/guardian-links", "link-staff-guardian-links", "staff.links.guardian-links"},
    };

    public StaffLinks() {
        setId("staff-links");
        addClassName("portal-settings-links");
        var heading = new H2(getTranslation("staff.links.heading"));
        heading.setId("staff-links-heading");
        getElement().setAttribute("aria-labelledby", "staff-links-heading");
        var list = new UnorderedList();
        for (String[] link : LINKS) {
            var anchor = new Anchor(link[0], getTranslation(link[2]));
            anchor.setId(link[1]);
            list.add(new ListItem(anchor));
        }
        add(heading, list);
    }
}
