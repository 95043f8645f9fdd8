package org.privacyportal.backend.demo;

import java.time.LocalDate;
import java.util.List;
import org.privacyportal.backend.patron.AccountType;
import org.privacyportal.backend.patron.Address;
import org.privacyportal.backend.patron.PatronProfile;

/**
 * The patrons behind the realm's demo logins (keycloak-realm/demo-users.json), plus Nora, who is
 * too young for a login, and a few patrons without logins that the demo and the tests need to find
 * by card number: a minor about to come of age (her guardian Renee has a login), one who just did,
 * a guardian link whose identification was never checked, and a patron who authorized Theo. Every
 * other demo patron is generated (DemoDataGenerator).
 *
 * <p>Birth dates count back from the day of loading so that Milo is 15 and Nora 9 whenever the demo
 * starts fresh. Phone numbers use the 555-01xx range reserved for fiction; e-mails use the reserved
 * .test domain.
 */
public final class DemoPatrons {

  /** A patron to load: its profile (id not yet chosen) and its Keycloak user id, if any. */
  public record DemoPatron(String keycloakSubject, PatronProfile profile) {}

  public static final String ALICE_SUBJECT = "5b0c1a9e-3f7d-4c2a-9e61-2d8f4b7a1c01";
  public static final String GRACE_SUBJECT = "8e4f2d17-6a3b-4f90-b1c5-7d2e9a0f3b02";
  public static final String MILO_SUBJECT = "c3a91e5f-0b7d-4e28-a6f4-91d0b2c7e803";
  public static final String THEO_SUBJECT = "6d1b9f83-2e5a-4c7d-9f20-a4b8e3c5d706";

  /** Rosa Delgado, login "parent": asks to be linked to her children (docs/guardians.md). */
  public static final String ROSA_SUBJECT = "4c8e2a6f-1d3b-4e7a-a5c9-0b2d6f8e1a07";

  /**
   * Renee Broussard, login "renee": guardian of Jolie, who comes of age three weeks after loading
   * (an authorization Renee signs for her ends at majority, docs/authorizations-ui.md).
   */
  public static final String RENEE_SUBJECT = "7b3e9d52-4a1c-4f8e-b6d0-2c9a5e1f7d08";

  /** The realm's staff user (Sam Porter) and director (Diane Marsh): not patrons. */
  public static final String STAFF_SUBJECT = "2f6d8b40-9c1e-4a57-8d3b-e5f7a2c9b104";

  public static final String DIRECTOR_SUBJECT = "9a7e3c21-5d4b-4f16-b8e0-3c6a1f9d2e05";

  public static final String ALICE_CARD = "23301004127785";
  public static final String GRACE_CARD = "23301003986214";
  public static final String MILO_CARD = "23301005510438";
  public static final String NORA_CARD = "23301006092751";
  public static final String THEO_CARD = "23301002745169";

  /** Jolie Broussard: 18 exactly three weeks after the day of loading; guardian Renee Broussard. */
  public static final String TURNING_18_CARD = "23301007315524";

  public static final String TURNING_18_GUARDIAN_CARD = "23301007315516";

  /**
   * Lucas Hebert: turned 18 on the 15th of the month before loading; his father's link is still
   * ACTIVE.
   */
  public static final String TURNED_18_CARD = "23301007402280";

  public static final String TURNED_18_GUARDIAN_CARD = "23301007402272";

  /**
   * Eli Landry (12): an ACTIVE link to Denise Landry imported from the ILS, no identification
   * recorded.
   */
  public static final String UNVERIFIED_LINK_MINOR_CARD = "23301007518648";

  public static final String UNVERIFIED_LINK_GUARDIAN_CARD = "23301007518630";
  public static final String ROSA_CARD = "23301008114725";

  /**
   * Mateo (11) and Lucia (7) Delgado: Rosa's children, not linked to anyone. Rosa asks for a link
   * in the portal and staff approve it at the desk (the guardian-link browser tests use one child
   * each).
   */
  public static final String MATEO_CARD = "23301008114733";

  public static final String LUCIA_CARD = "23301008114741";

  /** Evelyn Carter: has authorized Theo (by his card) to see her loans and holds. */
  public static final String THEO_GRANTOR_CARD = "23301007623992";

  /**
   * Evelyn Carter's portal account, with which she signed her written authorizations in the portal
   * (demo/DemoAuthorizations). It is not among the realm's demo logins: no one needs to sign in as
   * her.
   */
  public static final String EVELYN_SUBJECT = "e3b7c9d2-8f41-4a6e-b05d-7c2a9e4f1d08";

  private DemoPatrons() {}

  /** The patrons of the realm's logins, and Nora. */
  public static List<DemoPatron> all(LocalDate today) {
    Address okafors = new Address("4127 Nelson Rd", null, "Lake Charles", "LA", "70605");
    return List.of(
        new DemoPatron(
            ALICE_SUBJECT,
            new PatronProfile(
                null,
                "Alice",
                "Nguyen",
                ALICE_CARD,
                born(today, 34, 73),
                "patron@demo.library.test",
                "+13375550142",
                new Address("1418 Kirkman St", "Apt 3", "Lake Charles", "LA", "70601"),
                AccountType.ADULT,
                today.plusYears(2))),
        new DemoPatron(
            GRACE_SUBJECT,
            new PatronProfile(
                null,
                "Grace",
                "Okafor",
                GRACE_CARD,
                born(today, 42, 158),
                "guardian@demo.library.test",
                "+13375550178",
                okafors,
                AccountType.ADULT,
                today.plusYears(1).plusMonths(5))),
        new DemoPatron(
            MILO_SUBJECT,
            new PatronProfile(
                null,
                "Milo",
                "Okafor",
                MILO_CARD,
                born(today, 15, 100),
                "minor@demo.library.test",
                null,
                okafors,
                AccountType.JUVENILE,
                today.plusYears(1))),
        new DemoPatron(
            null,
            new PatronProfile(
                null,
                "Nora",
                "Okafor",
                NORA_CARD,
                born(today, 9, 200),
                null,
                null,
                okafors,
                AccountType.JUVENILE,
                today.plusYears(1))),
        new DemoPatron(
            THEO_SUBJECT,
            new PatronProfile(
                null,
                "Theo",
                "Grant",
                THEO_CARD,
                born(today, 51, 241),
                "thirdparty@demo.library.test",
                "+17855550163",
                new Address("1032 Rhode Island St", null, "Lawrence", "KS", "66044"),
                AccountType.ADULT,
                today.plusMonths(8))),
        new DemoPatron(
            ROSA_SUBJECT,
            new PatronProfile(
                null,
                "Rosa",
                "Delgado",
                ROSA_CARD,
                born(today, 39, 95),
                "parent@demo.library.test",
                "+13375550191",
                new Address("2715 Ryan St", null, "Lake Charles", "LA", "70601"),
                AccountType.ADULT,
                today.plusYears(2))));
  }

  /**
   * The patrons without demo logins that tests look up by card, living in the first town of the
   * library. Lucas is still JUVENILE in the ILS (it changes at his next renewal): the account type
   * grants nothing, the birth date decides.
   */
  static List<DemoPatron> withoutLogin(LocalDate today, DemoLibrary library) {
    DemoLibrary.Town town = library.towns().getFirst();
    String city = town.city();
    String zip = town.postalCodes().getFirst();
    Address broussards =
        new Address("2210 " + town.streets().get(1), null, city, library.region(), zip);
    Address heberts =
        new Address("815 " + town.streets().get(2), null, city, library.region(), zip);
    Address landrys =
        new Address("3906 " + town.streets().get(3), "Unit B", city, library.region(), zip);
    Address carter = new Address("127 " + town.streets().get(4), null, city, library.region(), zip);
    Address delgados =
        new Address("2715 " + town.streets().get(0), null, city, library.region(), zip);
    String phone = "+1" + library.areaCode() + "55501";
    return List.of(
        new DemoPatron(
            RENEE_SUBJECT,
            new PatronProfile(
                null,
                "Renee",
                "Broussard",
                TURNING_18_GUARDIAN_CARD,
                born(today, 46, 120),
                "renee.broussard@example.test",
                phone + "21",
                broussards,
                AccountType.ADULT,
                today.plusYears(2))),
        new DemoPatron(
            null,
            new PatronProfile(
                null,
                "Jolie",
                "Broussard",
                TURNING_18_CARD,
                today.plusWeeks(3).minusYears(18),
                "jolie.broussard@example.test",
                null,
                broussards,
                AccountType.JUVENILE,
                today.plusMonths(7))),
        new DemoPatron(
            null,
            new PatronProfile(
                null,
                "Marc",
                "Hebert",
                TURNED_18_GUARDIAN_CARD,
                born(today, 49, 30),
                "marc.hebert@example.test",
                phone + "34",
                heberts,
                AccountType.ADULT,
                today.plusYears(1))),
        new DemoPatron(
            null,
            new PatronProfile(
                null,
                "Lucas",
                "Hebert",
                TURNED_18_CARD,
                today.minusMonths(1).withDayOfMonth(15).minusYears(18),
                "lucas.hebert@example.test",
                null,
                heberts,
                AccountType.JUVENILE,
                today.plusMonths(4))),
        new DemoPatron(
            null,
            new PatronProfile(
                null,
                "Denise",
                "Landry",
                UNVERIFIED_LINK_GUARDIAN_CARD,
                born(today, 38, 211),
                null,
                phone + "47",
                landrys,
                AccountType.ADULT,
                today.plusYears(2))),
        new DemoPatron(
            null,
            new PatronProfile(
                null,
                "Eli",
                "Landry",
                UNVERIFIED_LINK_MINOR_CARD,
                born(today, 12, 50),
                null,
                null,
                landrys,
                AccountType.JUVENILE,
                today.plusYears(2))),
        new DemoPatron(
            EVELYN_SUBJECT,
            new PatronProfile(
                null,
                "Evelyn",
                "Carter",
                THEO_GRANTOR_CARD,
                born(today, 72, 300),
                "evelyn.carter@example.test",
                phone + "59",
                carter,
                AccountType.ADULT,
                today.plusMonths(14))),
        new DemoPatron(
            null,
            new PatronProfile(
                null,
                "Mateo",
                "Delgado",
                MATEO_CARD,
                born(today, 11, 140),
                null,
                null,
                delgados,
                AccountType.JUVENILE,
                today.plusYears(1))),
        new DemoPatron(
            null,
            new PatronProfile(
                null,
                "Lucia",
                "Delgado",
                LUCIA_CARD,
                born(today, 7, 60),
                null,
                null,
                delgados,
                AccountType.JUVENILE,
                today.plusYears(1))));
  }

  /** Exactly {@code years} old today, and for at least the next two months. */
  private static LocalDate born(LocalDate today, int years, int daysPastBirthday) {
    return today.minusYears(years).minusDays(daysPastBirthday);
  }
}
