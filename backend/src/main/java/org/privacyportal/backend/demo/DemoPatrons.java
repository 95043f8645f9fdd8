package org.privacyportal.backend.demo;

import java.time.LocalDate;
import java.util.List;
import org.privacyportal.backend.patron.AccountType;
import org.privacyportal.backend.patron.Address;
import org.privacyportal.backend.patron.PatronProfile;

/**
 * The patrons behind the realm's demo logins (keycloak-realm/library-realm.json), plus Nora,
 * who is too young for a login. Staff and director are not patrons. Birth dates count back from
 * the day of loading so that Milo is 15 and Nora 9 whenever the demo starts fresh. Phone numbers
 * use the 555-01xx range reserved for fiction; e-mails use the reserved .test domain.
 */
public final class DemoPatrons {

  /** A patron to load: its profile (id not yet chosen) and its Keycloak user id, if any. */
  public record DemoPatron(String keycloakSubject, PatronProfile profile) {
  }

  public static final String ALICE_SUBJECT = "5b0c1a9e-3f7d-4c2a-9e61-2d8f4b7a1c01";
  public static final String GRACE_SUBJECT = "8e4f2d17-6a3b-4f90-b1c5-7d2e9a0f3b02";
  public static final String MILO_SUBJECT = "c3a91e5f-0b7d-4e28-a6f4-91d0b2c7e803";
  public static final String THEO_SUBJECT = "6d1b9f83-2e5a-4c7d-9f20-a4b8e3c5d706";

  private DemoPatrons() {
  }

  public static List<DemoPatron> all(LocalDate today) {
    Address okafors = new Address("4127 Nelson Rd", null, "Lake Charles", "LA", "70605");
    return List.of(
        new DemoPatron(ALICE_SUBJECT, new PatronProfile(null, "Alice", "Nguyen", "23301004127785",
            born(today, 34, 73), "patron@demo.library.test", "+13375550142",
            new Address("1418 Kirkman St", "Apt 3", "Lake Charles", "LA", "70601"),
            AccountType.ADULT, today.plusYears(2))),
        new DemoPatron(GRACE_SUBJECT, new PatronProfile(null, "Grace", "Okafor", "23301003986214",
            born(today, 42, 158), "guardian@demo.library.test", "+13375550178", okafors,
            AccountType.ADULT, today.plusYears(1).plusMonths(5))),
        new DemoPatron(MILO_SUBJECT, new PatronProfile(null, "Milo", "Okafor", "23301005510438",
            born(today, 15, 100), "minor@demo.library.test", null, okafors,
            AccountType.JUVENILE, today.plusYears(1))),
        new DemoPatron(null, new PatronProfile(null, "Nora", "Okafor", "23301006092751",
            born(today, 9, 200), null, null, okafors,
            AccountType.JUVENILE, today.plusYears(1))),
        new DemoPatron(THEO_SUBJECT, new PatronProfile(null, "Theo", "Grant", "23301002745169",
            born(today, 51, 241), "thirdparty@demo.library.test", "+17855550163",
            new Address("1032 Rhode Island St", null, "Lawrence", "KS", "66044"),
            AccountType.ADULT, today.plusMonths(8))));
  }

  /** Exactly {@code years} old today, and for at least the next two months. */
  private static LocalDate born(LocalDate today, int years, int daysPastBirthday) {
    return today.minusYears(years).minusDays(daysPastBirthday);
  }
}
