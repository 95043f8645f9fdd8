package org.privacyportal.frontend.dashboard;

import java.util.List;
import org.privacyportal.frontend.layout.LinkList;

/**
 * "Privacy and settings": one link to each self-service page, below the dashboard; each page's view
 * lives in its feature package.
 */
public final class SettingsLinks extends LinkList {

  public SettingsLinks() {
    super(
        "settings-links",
        "settings.heading",
        List.of(
            new Link("settings/sms", "link-sms", "settings.sms"),
            new Link("consents", "link-consents", "settings.consents"),
            new Link("privacy-policy", "link-policy", "settings.policy"),
            new Link("my-data", "link-my-data", "settings.my-data"),
            new Link("details", "link-details", "settings.details"),
            new Link("access-log", "link-access-log", "settings.access-log"),
            new Link("account/authorizations", "link-authorizations", "authorization.link")));
  }
}
