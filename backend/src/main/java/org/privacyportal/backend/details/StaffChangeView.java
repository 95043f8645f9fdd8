package org.privacyportal.backend.details;

import java.time.Instant;
import java.util.List;

/**
 * A pending change request as staff see it in their list: enough to check it with the patron and
 * decide, nothing more. The patron's name and card number identify them; {@code current} holds the
 * present value of the changed fields only (the others stay unread); who asked is a role, never the
 * guardian's identity.
 *
 * @param changed the fields it changes: "email", "phone", "address"
 * @param current the values the library has now, for the changed fields only
 * @param requested the new values (null: remove the e-mail address or phone number)
 */
public record StaffChangeView(
    String id,
    String patronName,
    String cardNumber,
    String requestedBy,
    Instant requestedAt,
    List<String> changed,
    ContactDetails current,
    ContactDetails requested) {

  @Override
  public String toString() {
    return "StaffChangeView[id=" + id + "]";
  }
}
