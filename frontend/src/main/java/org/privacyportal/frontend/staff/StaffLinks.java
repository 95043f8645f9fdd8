package org.privacyportal.frontend.staff;

import java.util.List;
import org.privacyportal.frontend.layout.LinkList;

/**
 * The staff desk's pages, shown to a signed-in account without a patron record (staff, director).
 * Showing a link decides nothing: each page shows what the backend lets this account see.
 */
public final class StaffLinks extends LinkList {

  public StaffLinks() {
    super(
        "staff-links",
        "staff.links.heading",
        List.of(
            new Link(
                "staff/detail-changes", "link-staff-detail-changes", "staff.links.detail-changes"),
            new Link(
                "staff/guardian-links", "link-staff-guardian-links", "staff.links.guardian-links"),
            new Link(
                "staff/authorization-check",
                "link-staff-authorization-check",
                "staff.links.authorization-check")));
  }
}
