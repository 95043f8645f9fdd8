package org.privacyportal.backend.guardianship;

import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.patron.PatronProfile;
import org.privacyportal.backend.patron.ProfileMapper;
import org.privacyportal.backend.vocabulary.Category;

/**
 * The accounts a signed-in person may act for: their own patron record, then each minor whose
 * guardian link grants access today (the access rule decides, so the switcher and the records
 * endpoints can never disagree). A minor drops out on the birthday of majority by itself.
 *
 * <p>Listing a ward's name and birth date here is not written to the ward's access log: it is the
 * guardian's own link, shown to the guardian, and opening any category of the ward's records is.
 */
public final class AccountService {

  private final AccessCore core;

  public AccountService(AccessCore core) {
    this.core = core;
  }

  public List<Account> accountsOf(AuthenticatedUser user) {
    // Staff, director, an impersonation token: no account of their own, nothing to switch between.
    return core.own(
            user,
            Purpose.read(Category.PROFILE, RequestContext.NONE),
            scope -> {
              SqlSession session = scope.session();
              PatronProfile self =
                  session.getMapper(ProfileMapper.class).findProfile(scope.patronId());
              if (self == null) {
                return null;
              }
              List<Account> accounts = new ArrayList<>();
              accounts.add(
                  new Account(
                      self.id(), self.firstName(), self.lastName(), "SELF", self.birthDate()));
              AccessPolicy policy = core.policy();
              for (LinkedPatron ward :
                  session.getMapper(GuardianshipMapper.class).findWards(scope.patronId())) {
                if (policy.guardianLinkGrants(ward.verified(), ward.birthDate(), scope.today())) {
                  accounts.add(
                      new Account(
                          ward.patronId(),
                          ward.firstName(),
                          ward.lastName(),
                          "GUARDIAN",
                          ward.birthDate()));
                }
              }
              return accounts;
            })
        .orElse(List.of());
  }
}
