package org.privacyportal.backend.records;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.privacyportal.backend.patron.PatronProfile;

/**
 * The `profile` category: the patron's details, as GET /api/v1/me shows them, plus the guardians on
 * the account (only while the patron is a minor and the link grants access).
 */
public record ProfileRecord(@JsonUnwrapped PatronProfile profile, List<Guardian> guardians) {

  /** A guardian on the account, by name. */
  public record Guardian(String firstName, String lastName) {}

  public ProfileRecord {
    guardians = List.copyOf(guardians);
  }

  @Override
  public String toString() {
    return "ProfileRecord[id=" + profile.id() + "]";
  }
}
