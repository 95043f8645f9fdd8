package org.privacyportal.backend.details;

import java.time.Instant;
import java.util.EnumSet;
import org.privacyportal.backend.patron.Address;

/**
 * A change request as stored.
 *
 * @param requestedByRole SELF or GUARDIAN: the patron asked, or their guardian for them
 * @param requestedBySubject the Keycloak subject of whoever asked (never shown to staff or the
 *     patron)
 * @param ticketId the UPDATE_DETAILS ticket opened with the request
 * @param decidedAt when it was approved, rejected or withdrawn, else null
 * @param reason why it was rejected (shown to the patron), else null
 */
public record DetailChange(
    String id,
    String patronId,
    Status status,
    RequestedChange change,
    String requestedByRole,
    String requestedBySubject,
    Instant requestedAt,
    String ticketId,
    Instant decidedAt,
    String reason) {

  /** The mapper's constructor: one argument per column. */
  public DetailChange(
      String id,
      String patronId,
      String status,
      boolean emailChanged,
      String email,
      boolean phoneChanged,
      String phone,
      boolean addressChanged,
      String line1,
      String line2,
      String city,
      String region,
      String postalCode,
      String requestedByRole,
      String requestedBySubject,
      Instant requestedAt,
      String ticketId,
      Instant decidedAt,
      String reason) {
    this(
        id,
        patronId,
        Status.valueOf(status),
        change(
            emailChanged,
            email,
            phoneChanged,
            phone,
            addressChanged,
            line1,
            line2,
            city,
            region,
            postalCode),
        requestedByRole,
        requestedBySubject,
        requestedAt,
        ticketId,
        decidedAt,
        reason);
  }

  private static RequestedChange change(
      boolean emailChanged,
      String email,
      boolean phoneChanged,
      String phone,
      boolean addressChanged,
      String line1,
      String line2,
      String city,
      String region,
      String postalCode) {
    EnumSet<Field> changed = EnumSet.noneOf(Field.class);
    if (emailChanged) {
      changed.add(Field.EMAIL);
    }
    if (phoneChanged) {
      changed.add(Field.PHONE);
    }
    if (addressChanged) {
      changed.add(Field.ADDRESS);
    }
    return new RequestedChange(
        changed,
        emailChanged ? email : null,
        phoneChanged ? phone : null,
        addressChanged ? new Address(line1, line2, city, region, postalCode) : null);
  }

  public boolean isPending() {
    return status == Status.PENDING;
  }

  /** Personal data: only the id and the status. */
  @Override
  public String toString() {
    return "DetailChange[id=" + id + ", status=" + status + "]";
  }
}
