package org.privacyportal.backend.authorization;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.access.Scope;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.consent.NewConsentEntry;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;
import org.privacyportal.backend.vocabulary.PersonName;

/**
 * Written authorizations made in the portal (docs/authorizations.md): the preview of the text, the
 * signature, the authorization as signed, its revocation. Each is one unit of the access core,
 * self-service on `authorizations`: the patron, or an active guardian of a minor; anyone else gets
 * "nothing here". A signature and a revocation append their consent-ledger entry in the same
 * transaction; the database keeps a signed authorization unchanged (V17).
 */
public final class Authorizations {

  /** The period when the patron names no end: 30 days from the start. */
  static final int DEFAULT_DAYS = 30;

  /** The longest period: a year from the start. */
  static final int MAX_YEARS = 1;

  static final String GRANT_KIND = "WRITTEN_AUTHORIZATION_GRANT";
  static final String REVOKE_KIND = "WRITTEN_AUTHORIZATION_REVOKE";
  static final String CHANNEL = "PORTAL";

  /** The default of PORTAL_SIGNATURE_MAX_AGE: how recent the signer's sign-in must be. */
  public static final Duration DEFAULT_SIGNATURE_MAX_AGE = Duration.ofMinutes(5);

  /** What the patron reads before signing, and the facts it was made from. */
  public record Preview(
      String text,
      String textHash,
      String language,
      String signerRole,
      LocalDate validFrom,
      LocalDate validUntil,
      LocalDate endsAtMajority,
      List<String> categories) {

    @Override
    public String toString() {
      return "Preview[" + textHash + "]";
    }
  }

  /** A signature stored. */
  public record Created(
      String id,
      String verificationCode,
      LocalDate validFrom,
      LocalDate validUntil,
      List<String> categories,
      String consentEntryId) {

    @Override
    public String toString() {
      return "Created[" + id + "]";
    }
  }

  /** One authorization as its owner sees it. */
  public record Details(
      String id,
      String granteeName,
      boolean granteeHasCard,
      String purpose,
      List<String> categories,
      LocalDate validFrom,
      LocalDate validUntil,
      LocalDate endsAtMajority,
      String status,
      Instant revokedAt,
      Instant signedAt,
      String signerRole,
      String text,
      String textHash,
      String verificationCode,
      String language) {

    @Override
    public String toString() {
      return "Details[" + id + "]";
    }
  }

  /** A revocation stored. */
  public record Revocation(String id, Instant revokedAt, String consentEntryId) {}

  /** Thrown when the authorization was revoked already (409 ALREADY_REVOKED). */
  static final class AlreadyRevoked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlreadyRevoked() {
      super("already revoked", null, false, false);
    }
  }

  private final AccessCore core;
  private final Duration signatureMaxAge;
  private final VerificationCode codes;

  public Authorizations(AccessCore core, Duration signatureMaxAge) {
    this(core, signatureMaxAge, new VerificationCode());
  }

  Authorizations(AccessCore core, Duration signatureMaxAge, VerificationCode codes) {
    this.core = Objects.requireNonNull(core, "core");
    this.signatureMaxAge = Objects.requireNonNull(signatureMaxAge, "signatureMaxAge");
    this.codes = Objects.requireNonNull(codes, "codes");
  }

  /** The text the form would sign, or empty when the caller may not act for the patron. */
  public Optional<Preview> preview(
      AuthenticatedUser user, String patronId, AuthorizationForm form) {
    return core.run(user, patronId, purpose(), scope -> draft(scope, form).preview());
  }

  /**
   * Signs the form: checks the signer's sign-in time, the typed name and that the text is the one
   * previewed, then stores the text, its hash, the categories and a new verification code with the
   * ledger entry. Empty when the caller may not act for the patron.
   */
  public Optional<Created> sign(
      AuthenticatedUser user,
      String patronId,
      AuthorizationForm form,
      AuthorizationForm.Signature signature) {
    return core.run(
        user,
        patronId,
        purpose(),
        scope -> {
          requireRecentSignIn(user, scope.now());
          Draft draft = draft(scope, form);
          if (!PersonName.matches(
              signature.typedName(), draft.signer().firstName(), draft.signer().lastName())) {
            throw ApiProblem.invalid(
                "typedName",
                "NAME_MISMATCH",
                "The name typed must be the signer's full name as the library has it.");
          }
          Preview preview = draft.preview();
          if (!preview.textHash().equals(signature.textHash())) {
            throw ApiProblem.conflict(
                "TEXT_CHANGED",
                "The authorization's text is no longer the one previewed; preview it again.");
          }
          return store(scope, user, draft, preview, signature.typedName());
        });
  }

  /** The patron's authorization {@code authorizationId}, or empty (none, or not the caller's). */
  public Optional<Details> get(AuthenticatedUser user, String patronId, String authorizationId) {
    return core.run(
        user,
        patronId,
        purpose(),
        scope -> {
          SignedAuthorization found = find(scope, authorizationId);
          return found == null ? null : details(scope, found);
        });
  }

  /** The authorization as stored, for its printable document; empty as for {@link #get}. */
  Optional<Printable> printable(AuthenticatedUser user, String patronId, String authorizationId) {
    return core.run(
        user,
        patronId,
        purpose(),
        scope -> {
          SignedAuthorization found = find(scope, authorizationId);
          if (found == null) {
            return null;
          }
          PatronFacts patron =
              scope.session().getMapper(AuthorizationMapper.class).patron(patronId);
          return new Printable(found, details(scope, found), patron.fullName());
        });
  }

  /** What the printable document is made of. */
  record Printable(SignedAuthorization stored, Details details, String patronName) {}

  /**
   * Revokes the authorization at once (the access rule reads revoked_at on the next request), with
   * its ledger entry. Empty when there is none for the caller to revoke; {@link AlreadyRevoked}
   * when it was revoked before.
   */
  public Optional<Revocation> revoke(
      AuthenticatedUser user, String patronId, String authorizationId) {
    return core.run(
        user,
        patronId,
        purpose(),
        scope -> {
          AuthorizationMapper mapper = scope.session().getMapper(AuthorizationMapper.class);
          SignedAuthorization found = find(scope, authorizationId);
          if (found == null) {
            return null;
          }
          if (found.revokedAt() != null) {
            throw new AlreadyRevoked();
          }
          Grant grant = scope.grant();
          String entryId = ledger(scope, grant, REVOKE_KIND, false);
          if (mapper.revoke(
                  found.id(), scope.now(), grant.ground().name(), grant.actorSubject(), entryId)
              != 1) {
            throw new AlreadyRevoked(); // revoked meanwhile by another request
          }
          return new Revocation(found.id(), scope.now(), entryId);
        });
  }

  private static Purpose purpose() {
    return Purpose.selfService(Category.AUTHORIZATIONS);
  }

  /** 403 reauthentication-required unless the token's sign-in is recent enough. */
  private void requireRecentSignIn(AuthenticatedUser user, Instant now) {
    Optional<Instant> signedIn = user.signedInAt();
    // A sign-in "in the future" is a clock skew of at most a few seconds; it counts as now.
    if (signedIn.isEmpty() || signedIn.get().plus(signatureMaxAge).isBefore(now)) {
      throw ApiProblem.reauthenticationRequired(
          "SIGN_IN_AGAIN",
          "Sign in again to sign: the signature needs a sign-in of the last "
              + signatureMaxAge.toMinutes()
              + " minutes.");
    }
  }

  /** Everything the text and the row are made of, checked. */
  private record Draft(
      AuthorizationForm form,
      LibraryProfile profile,
      PatronFacts patron,
      PatronFacts signer,
      Grant grant,
      PatronFacts grantee,
      LocalDate validFrom,
      LocalDate validUntil,
      LocalDate endsAtMajority) {

    boolean guardian() {
      return grant.ground() == Ground.GUARDIAN;
    }

    ZoneId zone() {
      return profile.timeZone();
    }

    String text() {
      return AuthorizationText.of(
          new AuthorizationText.Facts(
              form.language(),
              profile.name(),
              profile.statute(),
              zone(),
              patron.fullName(),
              signer.fullName(),
              guardian(),
              form.granteeName(),
              grantee != null,
              form.categories(),
              form.purpose(),
              validFrom,
              validUntil,
              endsAtMajority));
    }

    Preview preview() {
      String text = text();
      return new Preview(
          text,
          AuthorizationText.sha256(text),
          form.language().code(),
          grant.ground().name(),
          validFrom,
          validUntil,
          endsAtMajority,
          wireNames(form.categories()));
    }
  }

  private Draft draft(Scope scope, AuthorizationForm form) {
    AccessPolicy policy = core.policy();
    LibraryProfile profile = policy.profile();
    AuthorizationMapper mapper = scope.session().getMapper(AuthorizationMapper.class);
    Grant grant = scope.grant();
    PatronFacts patron = mapper.patron(scope.patronId());
    PatronFacts signer =
        grant.ground() == Ground.GUARDIAN ? mapper.patronBySubject(grant.actorSubject()) : patron;
    if (patron == null || signer == null) {
      throw new IllegalStateException("the access rule granted a patron that is not on file");
    }
    LocalDate today = scope.today();
    LocalDate from = form.validFrom() != null ? form.validFrom() : today;
    if (from.isBefore(today)) {
      throw ApiProblem.invalid(
          "validFrom", "in-the-past", "The field 'validFrom' must be today or later.");
    }
    LocalDate until = form.validUntil() != null ? form.validUntil() : from.plusDays(DEFAULT_DAYS);
    if (!until.isAfter(from)) {
      throw ApiProblem.invalid(
          "validUntil", "before-start", "The field 'validUntil' must be after 'validFrom'.");
    }
    if (until.isAfter(from.plusYears(MAX_YEARS))) {
      throw ApiProblem.invalid(
          "validUntil",
          "out-of-range",
          "The field 'validUntil' must be at most a year after 'validFrom'.");
    }
    LocalDate endsAtMajority = null;
    if (grant.ground() == Ground.GUARDIAN) {
      // What a guardian signs counts while the patron is a minor (AccessPolicy), up to the day
      // before the birthday of majority.
      LocalDate majority = patron.birthDate().plusYears(profile.ageOfMajority());
      if (!majority.isAfter(from)) {
        throw ApiProblem.invalid(
            "validFrom",
            "after-majority",
            "A guardian's authorization must start before the patron comes of age.");
      }
      if (!majority.isAfter(until)) {
        endsAtMajority = majority;
      }
    }
    PatronFacts grantee = grantee(mapper, form, patron, signer);
    return new Draft(form, profile, patron, signer, grant, grantee, from, until, endsAtMajority);
  }

  /**
   * The grantee's patron record when the form gives their card: the card's holder must be the
   * person named (PersonName), and neither the patron nor the signer. 422 otherwise, the same
   * whether or not the card exists.
   */
  private static PatronFacts grantee(
      AuthorizationMapper mapper, AuthorizationForm form, PatronFacts patron, PatronFacts signer) {
    if (form.granteeCardNumber() == null) {
      return null;
    }
    PatronFacts holder = mapper.patronByCard(form.granteeCardNumber());
    if (holder == null
        || !PersonName.matches(form.granteeName(), holder.firstName(), holder.lastName())) {
      throw ApiProblem.unprocessable(
          "granteeCardNumber",
          "GRANTEE_NOT_MATCHED",
          "The card given is not the card of the person named.");
    }
    if (holder.id().equals(patron.id()) || holder.id().equals(signer.id())) {
      throw ApiProblem.unprocessable(
          "granteeCardNumber",
          "GRANTEE_IS_SIGNER",
          "An authorization is for someone else than the patron and the signer.");
    }
    return holder;
  }

  private Created store(
      Scope scope, AuthenticatedUser user, Draft draft, Preview preview, String typedName) {
    AuthorizationMapper mapper = scope.session().getMapper(AuthorizationMapper.class);
    String id = UUID.randomUUID().toString();
    String code = codes.unused(mapper::codeTaken);
    String entryId = ledger(scope, draft.grant(), GRANT_KIND, true);
    mapper.insert(
        new NewAuthorization(
            id,
            scope.patronId(),
            draft.grant().ground().name(),
            draft.grant().actorSubject(),
            draft.guardian() ? draft.signer().id() : null,
            draft.form().granteeName(),
            draft.grantee() == null ? null : draft.grantee().id(),
            draft.form().purpose(),
            startOf(draft.validFrom(), draft.zone()),
            startOf(draft.validUntil().plusDays(1), draft.zone()),
            preview.text(),
            preview.textHash(),
            code,
            draft.form().language().code(),
            typedName,
            user.authTime(),
            scope.now(),
            entryId));
    for (String category : preview.categories()) {
      mapper.insertCategory(id, category);
    }
    return new Created(
        id,
        VerificationCode.grouped(code),
        draft.validFrom(),
        draft.validUntil(),
        preview.categories(),
        entryId);
  }

  /** Appends the grant's or revocation's ledger entry; returns its id (the receipt's). */
  private String ledger(Scope scope, Grant grant, String kind, boolean granted) {
    String id = UUID.randomUUID().toString();
    scope
        .session()
        .getMapper(ConsentMapper.class)
        .append(
            new NewConsentEntry(
                id,
                scope.patronId(),
                kind,
                granted,
                !granted,
                grant.ground().name(),
                grant.actorSubject(),
                core.policy().profile().policyVersion(),
                CHANNEL,
                scope.now()));
    return id;
  }

  private static SignedAuthorization find(Scope scope, String authorizationId) {
    AuthorizationMapper mapper = scope.session().getMapper(AuthorizationMapper.class);
    SignedAuthorization found = mapper.find(scope.patronId(), authorizationId);
    return found == null ? null : found.withCategories(sorted(mapper.categories(found.id())));
  }

  private Details details(Scope scope, SignedAuthorization stored) {
    LibraryProfile profile = core.policy().profile();
    ZoneId zone = profile.timeZone();
    PatronFacts patron =
        scope.session().getMapper(AuthorizationMapper.class).patron(stored.patronId());
    AuthorizationStatus status =
        AuthorizationStatus.of(
            stored.signedByRole(),
            stored.validFrom(),
            stored.validUntil(),
            stored.revokedAt(),
            patron.birthDate(),
            profile,
            scope.now());
    return new Details(
        stored.id(),
        stored.granteeName(),
        stored.granteePatronId() != null,
        stored.purpose(),
        stored.categories(),
        LocalDate.ofInstant(stored.validFrom(), zone),
        AuthorizationStatus.lastDay(stored.validUntil(), zone),
        status.endsAtMajority(),
        status.status(),
        stored.revokedAt(),
        stored.signedAt(),
        stored.signedByRole(),
        stored.signedText(),
        stored.contentHash(),
        VerificationCode.grouped(stored.verificationCode()),
        stored.language());
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** Wire names in the order of {@link Category}. */
  private static List<String> wireNames(List<Category> categories) {
    return categories.stream().sorted().map(Category::wireName).toList();
  }

  private static List<String> sorted(List<String> wireNames) {
    return wireNames.stream()
        .sorted(
            Comparator.comparing(
                (String name) -> Category.fromWireName(name).map(Enum::ordinal).orElse(99)))
        .toList();
  }

  /** The language of a stored authorization (rows from before V17 are English). */
  static Language language(String code) {
    return Language.of(code).orElse(Language.ENGLISH);
  }
}
