package org.privacyportal.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfile.LegalInstrument;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.LogRow;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * Thousands of random requests (seeded, so a failure repeats): random callers (patrons, guardians,
 * grantees, staff, the director, impersonation tokens, no token) against random targets (patrons,
 * ids nobody has, malformed ids), categories (and unknown ones, and the summary) and contexts
 * (anyone's tickets, desk lookups and legal requests). A model of the access rule, written here
 * from docs/product.md section 3 and not from the backend's code, says what each answer must be.
 * Checked: no answer grants more or less than the model; a 200 holds only the target's rows; the
 * log gets exactly the entries it must; and every 404, refused or nonexistent, is byte-identical
 * (status, headers but Date, body).
 */
class CrossAccountProbeTest {

  private static final long SEED = 20261123L;
  private static final int REQUESTS_PER_PROFILE = 2_500;
  private static final ObjectMapper JSON = new ObjectMapper();

  // ---- the world, and the model of it ----

  private record Link(Patron guardian, Patron minor, String status, boolean verified) {}

  private record Authorization(
      String id,
      Patron patron,
      Patron grantee,
      String signedBy,
      boolean inForce,
      Set<Category> categories) {}

  private record TicketRow(
      String id, Patron patron, String type, String status, String assignedTo) {}

  /**
   * What working a ticket of each type opens (docs/desk.md); unassigned, only the queue types
   * grant.
   */
  private static final Map<String, Set<Category>> TICKET_TYPES =
      Map.of(
          "UPDATE_DETAILS", Set.of(Category.PROFILE),
          "GUARDIAN_LINK", Set.of(Category.PROFILE, Category.TICKETS),
          "PRIVACY_QUESTION", Set.of(Category.ACCESS_LOG, Category.TICKETS),
          "LOST_ITEM", Set.of(Category.PROFILE, Category.LOANS, Category.FINES, Category.TICKETS),
          "RECORD_REQUEST", Set.of(Category.PROFILE, Category.TICKETS),
          "LEGAL_REQUEST", Set.of(Category.TICKETS),
          "CLOSE_ACCOUNT",
              Set.of(
                  Category.PROFILE,
                  Category.LOANS,
                  Category.HOLDS,
                  Category.FINES,
                  Category.TICKETS));

  private static final Set<String> QUEUE_TYPES = Set.of("UPDATE_DETAILS", "GUARDIAN_LINK");

  /** What a desk lookup opens. */
  private static final Set<Category> DESK =
      Set.of(Category.PROFILE, Category.LOANS, Category.HOLDS, Category.FINES);

  private record Lookup(String id, String staff, Patron patron, boolean expired) {}

  private record Legal(
      String id,
      String kind,
      String instrument,
      String status,
      List<Patron> patrons,
      Set<Category> categories) {}

  /** A caller: a patron's token, staff, director, an impersonation token, or nobody. */
  private record Caller(String kind, Patron patron, String subject, String token) {}

  private static TestData data;
  private static final List<Patron> PATRONS = new ArrayList<>();
  private static final Map<String, Map<Category, List<String>>> ROWS = new HashMap<>();
  private static final List<Link> LINKS = new ArrayList<>();
  private static final List<Authorization> AUTHORIZATIONS = new ArrayList<>();
  private static final List<TicketRow> TICKETS = new ArrayList<>();
  private static final List<Lookup> LOOKUPS = new ArrayList<>();
  private static final List<Legal> LEGAL = new ArrayList<>();
  private static final List<String> STAFF =
      List.of(TestData.newId(), TestData.newId(), TestData.newId());

  /**
   * In the staff directory: an impersonation token counts only for these (the last staff member is
   * not).
   */
  private static final List<String> KNOWN_STAFF = STAFF.subList(0, 2);

  private static final String DIRECTOR = TestData.newId();

  @BeforeAll
  static void world() {
    data = new TestData(TestBackend.get().dataSource());
    KNOWN_STAFF.forEach(subject -> data.staffMember(subject, "Probe Staff"));
    Random random = new Random(SEED);
    LocalDate today = LocalDate.now();
    Instant now = Instant.now();
    // Nobody is within 20 days of a birthday of majority, so the run cannot straddle one.
    for (int family = 0; family < 12; family++) {
      Patron guardian = patron(random, "Guardian", today.minusYears(30 + random.nextInt(25)), true);
      int children = 1 + random.nextInt(2);
      for (int c = 0; c < children; c++) {
        boolean cameOfAge = random.nextInt(5) == 0;
        LocalDate born =
            cameOfAge
                ? today.minusYears(18).minusDays(20 + random.nextInt(300))
                : today.minusYears(4 + random.nextInt(13)).minusDays(20 + random.nextInt(300));
        Patron child = patron(random, "Child", born, random.nextBoolean() || cameOfAge);
        String status =
            switch (random.nextInt(10)) {
              case 0 -> "PENDING";
              case 1 -> "ENDED";
              default -> "ACTIVE";
            };
        boolean verified = random.nextInt(10) < 7;
        data.guardianLink(guardian, child, status, verified);
        LINKS.add(new Link(guardian, child, status, verified));
      }
    }
    for (int i = 0; i < 12; i++) {
      patron(random, "Adult", today.minusYears(19 + random.nextInt(60)).minusDays(20), true);
    }
    for (int i = 0; i < 30; i++) {
      Patron patron = pick(random, PATRONS);
      Patron grantee = pick(random, PATRONS);
      if (grantee == patron) {
        continue;
      }
      Set<Category> categories = someCategories(random);
      int state = random.nextInt(4); // 0, 1 in force; 2 revoked; 3 expired or not yet started
      Instant from =
          state == 3 && random.nextBoolean()
              ? now.plus(2, ChronoUnit.DAYS)
              : now.minus(40, ChronoUnit.DAYS);
      Instant until =
          state == 3 && from.isBefore(now)
              ? now.minus(1, ChronoUnit.DAYS)
              : now.plus(30, ChronoUnit.DAYS);
      Instant revoked = state == 2 ? now.minus(1, ChronoUnit.HOURS) : null;
      String signedBy = random.nextInt(3) == 0 ? "GUARDIAN" : "SELF";
      String id =
          data.authorization(
              patron, grantee, signedBy, from, until, revoked, categories.toArray(Category[]::new));
      AUTHORIZATIONS.add(new Authorization(id, patron, grantee, signedBy, state < 2, categories));
      ROWS.get(patron.id()).get(Category.AUTHORIZATIONS).add(id);
    }
    for (Patron patron : PATRONS) {
      if (random.nextInt(3) == 0) {
        String status =
            List.of("OPEN", "IN_PROGRESS", "WAITING_ON_PATRON", "RESOLVED").get(random.nextInt(4));
        String type = pick(random, List.copyOf(new java.util.TreeSet<>(TICKET_TYPES.keySet())));
        String assignee =
            random.nextInt(4) == 0 ? null : random.nextInt(4) == 0 ? DIRECTOR : pick(random, STAFF);
        String id = data.ticket(patron, type, status, assignee);
        TICKETS.add(new TicketRow(id, patron, type, status, assignee));
        ROWS.get(patron.id()).get(Category.TICKETS).add(id);
      }
    }
    for (int i = 0; i < 25; i++) {
      String staff = pick(random, STAFF);
      Patron patron = pick(random, PATRONS);
      boolean expired = random.nextInt(4) == 0;
      Instant created = expired ? now.minus(2, ChronoUnit.HOURS) : now.minus(1, ChronoUnit.MINUTES);
      String id =
          data.deskLookup(
              staff,
              patron,
              "CHECKOUT_HELP",
              created,
              expired ? now.minus(1, ChronoUnit.HOURS) : now.plus(1, ChronoUnit.HOURS));
      LOOKUPS.add(new Lookup(id, staff, patron, expired));
    }
    for (int i = 0; i < 12; i++) {
      String kind = random.nextInt(4) == 0 ? "INCIDENT" : "LEGAL_PROCESS";
      String instrument =
          "INCIDENT".equals(kind)
              ? "NONE"
              : List.of("COURT_ORDER", "SUBPOENA", "WARRANT").get(random.nextInt(3));
      String status = List.of("APPROVED", "APPROVED", "RECEIVED", "REFUSED").get(random.nextInt(4));
      List<Patron> named = new ArrayList<>();
      for (int p = 0; p < 1 + random.nextInt(3); p++) {
        Patron patron = pick(random, PATRONS);
        if (!named.contains(patron)) {
          named.add(patron);
        }
      }
      Set<Category> categories = someCategories(random);
      String id =
          data.legalRequest(
              kind,
              instrument,
              status,
              null,
              null,
              null,
              named,
              categories.toArray(Category[]::new));
      LEGAL.add(new Legal(id, kind, instrument, status, named, categories));
    }
  }

  /** The model: the ground the rule must find, or null for a refusal. */
  private static Ground expected(
      LibraryProfile profile,
      Caller caller,
      Patron target,
      Category category,
      String ticket,
      String lookup,
      String legal) {
    LocalDate today = LocalDate.now(profile.timeZone());
    boolean minor = today.isBefore(target.birthDate().plusYears(profile.ageOfMajority()));
    if (caller.kind().equals("patron")) {
      if (caller.patron() == target) {
        return Ground.SELF;
      }
      boolean guardian =
          minor
              && LINKS.stream()
                  .anyMatch(
                      l ->
                          l.guardian() == caller.patron()
                              && l.minor() == target
                              && l.status().equals("ACTIVE")
                              && (l.verified() || !profile.guardianNeedsVerifiedId()));
      if (guardian) {
        return Ground.GUARDIAN;
      }
      boolean authorized =
          AUTHORIZATIONS.stream()
              .anyMatch(
                  a ->
                      a.patron() == target
                          && a.grantee() == caller.patron()
                          && a.inForce()
                          && a.categories().contains(category)
                          && (a.signedBy().equals("SELF") || minor));
      return authorized ? Ground.WRITTEN_AUTHORIZATION : null;
    }
    if (caller.kind().equals("staff")
        || caller.kind().equals("director")
        || caller.kind().equals("impersonation")) {
      String actor = caller.subject();
      boolean attributable = !caller.kind().equals("impersonation") || KNOWN_STAFF.contains(actor);
      boolean business =
          attributable
              && category != Category.LOAN_HISTORY
              && (TICKETS.stream()
                      .anyMatch(
                          t ->
                              t.id().equals(ticket)
                                  && t.patron() == target
                                  && !Set.of("RESOLVED", "CLOSED").contains(t.status())
                                  && TICKET_TYPES.get(t.type()).contains(category)
                                  && (actor.equals(t.assignedTo())
                                      || (t.assignedTo() == null
                                          && QUEUE_TYPES.contains(t.type()))))
                  || LOOKUPS.stream()
                      .anyMatch(
                          l ->
                              l.id().equals(lookup)
                                  && l.patron() == target
                                  && l.staff().equals(actor)
                                  && !l.expired()
                                  && DESK.contains(category)));
      if (business) {
        return Ground.LIBRARY_BUSINESS;
      }
    }
    if (caller.kind().equals("director")) {
      boolean covered =
          LEGAL.stream()
              .anyMatch(
                  r ->
                      r.id().equals(legal)
                          && r.status().equals("APPROVED")
                          && r.patrons().contains(target)
                          && r.categories().contains(category)
                          && (r.kind().equals("INCIDENT")
                              ? profile.incidentDisclosureAllowed()
                              : profile
                                  .acceptedInstruments()
                                  .contains(LegalInstrument.valueOf(r.instrument()))));
      if (covered) {
        return Ground.LEGAL_PROCESS;
      }
    }
    return null;
  }

  // ---- the probe ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"calcasieu", "lawrence"})
  void randomRequestsFindNoLeak(String profileId) throws Exception {
    TestBackend backend = TestBackend.forProfile(profileId);
    LibraryProfile profile = backend.profile();
    Random random = new Random(SEED + profileId.hashCode());
    List<Caller> callers = callers(backend);
    Map<String, Integer> outcomes = new TreeMap<>();
    Answer reference =
        Answer.of(
            backend.get(
                "/api/v1/patrons/" + TestData.newId() + "/loans",
                backend.tokens().accessToken(TestData.newId(), "patron")));
    assertThat(reference.status()).isEqualTo(404);

    Map<String, List<Caller>> byKind = new HashMap<>();
    callers.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));

    for (int n = 0; n < REQUESTS_PER_PROFILE; n++) {
      // Half the requests are random through and through; the other half start from a relation in
      // the world (a link, an authorization, a ticket, a lookup, a legal request), so that allowed
      // answers and their near misses come up often, not once in a thousand.
      Caller caller = pick(random, callers);
      Patron target = random.nextInt(5) < 4 ? pick(random, PATRONS) : null;
      Category category = random.nextInt(10) < 9 ? pick(random, List.of(Category.values())) : null;
      String ticket = random.nextInt(4) == 0 ? pick(random, TICKETS).id() : null;
      String lookup = random.nextInt(4) == 0 ? pick(random, LOOKUPS).id() : null;
      String legal = random.nextInt(4) == 0 ? pick(random, LEGAL).id() : null;
      if (random.nextBoolean()) {
        switch (random.nextInt(6)) {
          case 0 -> {
            Link link = pick(random, LINKS);
            caller = callerFor(link.guardian(), byKind, random);
            target = link.minor();
          }
          case 1 -> {
            Authorization a = pick(random, AUTHORIZATIONS);
            caller = callerFor(a.grantee(), byKind, random);
            target = a.patron();
            category = random.nextBoolean() ? pick(random, List.copyOf(a.categories())) : category;
          }
          case 2 -> {
            TicketRow t = pick(random, TICKETS);
            String kind =
                List.of("staff", "director", "impersonation", "patron").get(random.nextInt(4));
            caller = pick(random, byKind.get(kind));
            target = random.nextInt(5) < 4 ? t.patron() : target;
            ticket = t.id();
          }
          case 3 -> {
            Lookup l = pick(random, LOOKUPS);
            List<Caller> same =
                byKind.get("staff").stream().filter(c -> c.subject().equals(l.staff())).toList();
            caller =
                random.nextInt(4) < 3
                    ? pick(random, same)
                    : pick(random, byKind.get("impersonation"));
            target = random.nextInt(5) < 4 ? l.patron() : target;
            lookup = l.id();
          }
          case 4 -> {
            Legal r = pick(random, LEGAL);
            caller = pick(random, byKind.get(random.nextInt(4) < 3 ? "director" : "staff"));
            target = pick(random, r.patrons());
            category = random.nextBoolean() ? pick(random, List.copyOf(r.categories())) : category;
            legal = r.id();
          }
          default -> {
            caller = pick(random, byKind.get("patron"));
            target = caller.patron();
          }
        }
      }
      String targetId =
          target != null
              ? target.id()
              : random.nextInt(4) < 3
                  ? TestData.newId()
                  : List.of("1", "not-a-uuid", TestData.newId().toUpperCase(), "%20", "..%2f")
                      .get(random.nextInt(5));
      String segment =
          category != null ? category.wireName() : random.nextBoolean() ? "summary" : "everything";
      String query = query(ticket, lookup, legal);
      String path = "/api/v1/patrons/" + targetId + "/" + segment + query;
      String where =
          "#"
              + n
              + " "
              + caller.kind()
              + " -> "
              + (target == null ? "nobody" : target.firstName())
              + " "
              + segment
              + query;

      long before = data.lastAccessLogSeq();
      Answer answer =
          Answer.of(caller.token() == null ? backend.get(path) : backend.get(path, caller.token()));
      List<LogRow> logged = data.accessLogAfter(before);

      if (caller.token() == null) {
        assertThat(answer.status()).as(where).isEqualTo(401);
        assertThat(logged).as(where).isEmpty();
        count(outcomes, "401");
        continue;
      }
      if (target == null || (category == null && !"summary".equals(segment))) {
        assertThat(answer).as(where + ": nonexistent answers like refused").isEqualTo(reference);
        assertThat(logged).as(where).isEmpty();
        count(outcomes, "404 nonexistent");
        continue;
      }
      if (category == null) { // the summary: every category the caller may see, or 404
        Map<String, Ground> allowed = new TreeMap<>();
        for (Category c : Category.values()) {
          Ground g = expected(profile, caller, target, c, ticket, lookup, legal);
          if (g != null) {
            allowed.put(c.wireName(), g);
          }
        }
        if (allowed.isEmpty()) {
          assertThat(answer).as(where).isEqualTo(reference);
          assertThat(logged).as(where).isEmpty();
          count(outcomes, "404 summary");
        } else {
          assertThat(answer.status()).as(where).isEqualTo(200);
          List<String> shown = new ArrayList<>();
          JSON.readTree(answer.body())
              .get("categories")
              .forEach(c -> shown.add(c.get("category").asText()));
          assertThat(shown).as(where).containsExactlyInAnyOrderElementsOf(allowed.keySet());
          long nonSelf = allowed.values().stream().filter(g -> g != Ground.SELF).count();
          assertThat(logged).as(where).hasSize((int) nonSelf);
          for (LogRow e : logged) {
            assertThat(e.patronId()).as(where).isEqualTo(target.id());
            assertThat(e.ground()).as(where).isEqualTo(allowed.get(e.category()).name());
          }
          count(outcomes, "200 summary");
        }
        continue;
      }
      Ground ground = expected(profile, caller, target, category, ticket, lookup, legal);
      if (ground == null) {
        assertThat(answer).as(where + ": refused answers like nonexistent").isEqualTo(reference);
        assertThat(logged).as(where).isEmpty();
        count(outcomes, "404 refused");
        continue;
      }
      assertThat(answer.status()).as(where + " expected " + ground).isEqualTo(200);
      JsonNode page = JSON.readTree(answer.body());
      for (JsonNode item : page.get("items")) {
        String id = item.get("id").asText();
        if (category == Category.ACCESS_LOG) {
          assertThat(data.accessLogPatron(id)).as(where + " entry " + id).isEqualTo(target.id());
        } else {
          assertThat(ROWS.get(target.id()).get(category)).as(where + " row " + id).contains(id);
        }
      }
      if (ground == Ground.SELF) {
        assertThat(logged).as(where).isEmpty();
      } else {
        assertThat(logged).as(where).hasSize(1);
        assertThat(logged.get(0).patronId()).as(where).isEqualTo(target.id());
        assertThat(logged.get(0).category()).as(where).isEqualTo(category.wireName());
        assertThat(logged.get(0).ground()).as(where).isEqualTo(ground.name());
        assertThat(logged.get(0).actorSubject()).as(where).isEqualTo(caller.subject());
      }
      count(outcomes, "200 " + ground);
    }
    // The probe must really have met every kind of answer, or it proves little.
    assertThat(outcomes)
        .as("outcomes %s", outcomes)
        .containsKeys(
            "401",
            "404 nonexistent",
            "404 refused",
            "404 summary",
            "200 summary",
            "200 SELF",
            "200 GUARDIAN",
            "200 WRITTEN_AUTHORIZATION",
            "200 LIBRARY_BUSINESS",
            "200 LEGAL_PROCESS");
    System.out.println("Cross-account probe " + profileId + ": " + outcomes);
  }

  /** Everything of an answer a client can see, except the Date header. */
  private record Answer(int status, Map<String, List<String>> headers, String body) {

    static Answer of(HttpResponse<String> response) {
      Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
      headers.keySet().removeIf(name -> name.equalsIgnoreCase("date"));
      return new Answer(response.statusCode(), headers, response.body());
    }
  }

  /** The caller for this patron's own token, or for an impersonation of them now and then. */
  private static Caller callerFor(Patron patron, Map<String, List<Caller>> byKind, Random random) {
    if (patron.subject() == null || random.nextInt(10) == 0) {
      return pick(random, byKind.get("impersonation"));
    }
    return byKind.get("patron").stream()
        .filter(c -> c.patron() == patron)
        .findFirst()
        .orElseThrow();
  }

  private static List<Caller> callers(TestBackend backend) {
    List<Caller> callers = new ArrayList<>();
    for (Patron patron : PATRONS) {
      if (patron.subject() != null) {
        callers.add(
            new Caller(
                "patron",
                patron,
                patron.subject(),
                backend.tokens().accessToken(patron.subject(), "patron")));
      }
    }
    for (String staff : STAFF) {
      for (int i = 0; i < 4; i++) { // staff ask as often as a handful of patrons do
        callers.add(new Caller("staff", null, staff, backend.tokens().accessToken(staff, "staff")));
      }
    }
    for (int i = 0; i < 8; i++) {
      callers.add(
          new Caller(
              "director",
              null,
              DIRECTOR,
              backend.tokens().accessToken(DIRECTOR, "director", "staff")));
    }
    Random random = new Random(SEED);
    for (int i = 0; i < 8; i++) {
      Patron impersonated =
          pick(random, PATRONS.stream().filter(p -> p.subject() != null).toList());
      String staff = pick(random, STAFF);
      callers.add(
          new Caller(
              "impersonation",
              impersonated,
              staff,
              AccessMatrixTest.impersonationToken(impersonated, staff)));
    }
    callers.add(new Caller("nobody", null, null, null));
    return callers;
  }

  private static Patron patron(Random random, String firstName, LocalDate born, boolean login) {
    Patron patron = data.patron(firstName, born, login);
    PATRONS.add(patron);
    Map<Category, List<String>> ids = new EnumMap<>(Category.class);
    data.everyCategory(patron, random).forEach((c, list) -> ids.put(c, new ArrayList<>(list)));
    ROWS.put(patron.id(), ids);
    return patron;
  }

  private static Set<Category> someCategories(Random random) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (Category category : Category.values()) {
      if (random.nextInt(3) == 0) {
        categories.add(category);
      }
    }
    if (categories.isEmpty()) {
      categories.add(Category.LOANS);
    }
    return categories;
  }

  private static String query(String ticket, String lookup, String legal) {
    List<String> parts = new ArrayList<>();
    if (ticket != null) {
      parts.add("ticket=" + ticket);
    }
    if (lookup != null) {
      parts.add("lookup=" + lookup);
    }
    if (legal != null) {
      parts.add("legal=" + legal);
    }
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static void count(Map<String, Integer> outcomes, String key) {
    outcomes.merge(key, 1, Integer::sum);
  }
}
