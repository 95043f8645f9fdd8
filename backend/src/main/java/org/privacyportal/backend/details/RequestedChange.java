package org.privacyportal.backend.details;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.privacyportal.backend.patron.Address;

/**
 * What a change request asks for, checked and normalized: the fields it changes and their new
 * values. A changed e-mail or phone may be null (remove it); a changed address never is (a patron
 * always has one, so it can only be replaced, as a whole).
 */
public record RequestedChange(Set<Field> changed, String email, String phone, Address address) {

  public RequestedChange {
    // in the enum's order (e-mail, phone, address), whatever order they came in
    changed =
        Collections.unmodifiableSet(
            changed.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(changed));
    if (changed.contains(Field.ADDRESS) != (address != null)) {
      throw new IllegalArgumentException("an address is given exactly when it changes");
    }
  }

  public boolean changes(Field field) {
    return changed.contains(field);
  }

  public boolean isEmpty() {
    return changed.isEmpty();
  }

  /** This change without the fields whose new value is what the patron already has. */
  public RequestedChange without(ContactDetails current) {
    EnumSet<Field> still = EnumSet.noneOf(Field.class);
    if (changes(Field.EMAIL) && !Objects.equals(email, current.email())) {
      still.add(Field.EMAIL);
    }
    if (changes(Field.PHONE) && !Objects.equals(phone, current.phone())) {
      still.add(Field.PHONE);
    }
    if (changes(Field.ADDRESS) && !address.equals(current.address())) {
      still.add(Field.ADDRESS);
    }
    return new RequestedChange(
        still,
        still.contains(Field.EMAIL) ? email : null,
        still.contains(Field.PHONE) ? phone : null,
        still.contains(Field.ADDRESS) ? address : null);
  }

  /** The new values, as a request shows them (null where a field does not change or is removed). */
  public ContactDetails values() {
    return new ContactDetails(email, phone, address);
  }

  /** Personal data: only which fields change. */
  @Override
  public String toString() {
    return "RequestedChange" + changed;
  }
}
