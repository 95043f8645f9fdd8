package org.privacyportal.backend.guardianship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.patron.PatronProfile;
import org.privacyportal.backend.records.ProfileMapper;

/**
 * The accounts a signed-in person may act for: their own patron record, then each minor whose
 * guardian link grants access today (the access rule decides, so the switcher and the records
 * endpoints can never disagree). A minor drops out on the birthday of majority by itself.
 *
 * <p>Listing a ward's name and birth date here is not written to the ward's access log: it is the
 * guardian's own link, shown to the guardian, and opening any category of the ward's records is.
 */
public final class AccountService {

  private final SqlSessionFactory sessions;
  private final AccessPolicy policy;

  public AccountService(SqlSessionFactory sessions, AccessPolicy policy) {
    this.sessions = sessions;
    this.policy = policy;
  }

  public List<Account> accountsOf(AuthenticatedUser user) {
    try (SqlSession session = sessions.openSession()) {
      Optional<String> own = policy.ownPatronId(session, user);
      if (own.isEmpty()) {
        return List.of(); // staff, director, an impersonation token: no account of their own
      }
      List<Account> accounts = new ArrayList<>();
      PatronProfile self = session.getMapper(ProfileMapper.class).findProfile(own.get());
      if (self == null) {
        return List.of();
      }
      accounts.add(new Account(self.id(), self.firstName(), self.lastName(), "SELF", self.birthDate()));
      LocalDate today = policy.today();
      for (LinkedPatron ward : session.getMapper(GuardianshipMapper.class).findWards(own.get())) {
        if (policy.guardianLinkGrants(ward.verified(), ward.birthDate(), today)) {
          accounts.add(new Account(ward.patronId(), ward.firstName(), ward.lastName(), "GUARDIAN",
              ward.birthDate()));
        }
      }
      return accounts;
    }
  }
}
