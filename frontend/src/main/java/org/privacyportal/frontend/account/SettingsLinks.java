package org.privacyportal.frontend.account;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * "Privacy and settings": one link to each self-service page, below the dashboard. Plain links, so
 * they work by keyboard and screen reader like any other; each page's view lives in its feature
 * package.
 */
public final class SettingsLinks extends Nav {

    /** route, element id, translation key */
    private static final String[][] LINKS = {
        {"settings/sms", "link-sms", "settings.sms"},
        {"consents", "link-consents", "settings.consents"},
        {"privacy-policy", "link-policy", "settings.policy"},
        {"my-data", "link-my-data", "settings.my-data"},
        {"details", "link-details", "settings.details"},
        {"access-log", "link-access-log", "settings.access-log"},
    };

    public SettingsLinks() {
        setId("settings-links");
        addClassName("portal-settings-links");
        var heading = new H2(getTranslation("settings.heading"));
        heading.setId("settings-heading");
        getElement().setAttribute("aria-labelledby", "settings-heading");
        var list = new UnorderedList();
        for (String[] link : LINKS) {
            var anchor = new Anchor(link[0], getTranslation(link[2]));
            anchor.setId(link[1]);
            list.add(new ListItem(anchor));
        }
        add(heading, list);
    }
}
