package org.privacyportal.backend.policy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.consent.NewConsentEntry;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfile.PolicyVersion;
import org.privacyportal.backend.vocabulary.Category;

/**
 * The privacy policy as one patron sees it (which version they last accepted, what changed since)
 * and their acceptance of the current version, which is a consent-ledger entry (consent POLICY).
 * The patron or their guardian only (self-service through the access core); a guardian's acceptance
 * is recorded as the guardian's.
 */
public final class PatronPolicy {

  public static final String CONSENT = "POLICY";
  static final String CHANNEL = "PORTAL";

  /** A version newer than the one the patron accepted, with its one-line summary. */
  public record VersionNote(String version, LocalDate effectiveDate, String summary) {}

  /**
   * The policy page of one patron.
   *
   * @param lastAcceptedVersion null when the patron never accepted a version
   * @param changesKnown false when the accepted version's text is no longer kept (then {@code
   *     changes} is empty and the whole text is to be read)
   * @param changes lines removed and added since the accepted version (empty when none or unknown)
   * @param versionsSince the versions after the accepted one, oldest first, with what each changed
   */
  public record View(
      String currentVersion,
      LocalDate effectiveDate,
      String summary,
      String language,
      boolean translation,
      List<String> text,
      String lastAcceptedVersion,
      boolean accepted,
      boolean changesKnown,
      List<PolicyDiff.Change> changes,
      List<VersionNote> versionsSince) {}

  /** The outcome of an acceptance: {@code recorded} false when the version was already accepted. */
  public record Acceptance(String version, boolean recorded) {}

  /** The version asked for is not the current one (the page was stale). */
  public static final class NotCurrent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotCurrent() {
      super("not the current policy version", null, false, false);
    }
  }

  private final AccessCore core;

  public PatronPolicy(AccessCore core) {
    this.core = core;
  }

  /** The patron's policy page, or empty when the caller may not see the patron's consents. */
  public Optional<View> view(AuthenticatedUser user, String patronId, String language) {
    return core.run(
        user,
        patronId,
        Purpose.selfService(Category.CONSENTS),
        scope ->
            view(
                profile(),
                scope
                    .session()
                    .getMapper(ConsentMapper.class)
                    .lastGrantedVersion(patronId, CONSENT),
                language));
  }

  /**
   * Records the acceptance of {@code version}, once.
   *
   * @throws NotCurrent when {@code version} is not the current version (nothing is recorded)
   */
  public Optional<Acceptance> accept(AuthenticatedUser user, String patronId, String version) {
    return core.run(
        user,
        patronId,
        Purpose.consentChange(),
        scope -> {
          String current = profile().policyVersion();
          if (!current.equals(version)) {
            throw new NotCurrent();
          }
          ConsentMapper consents = scope.session().getMapper(ConsentMapper.class);
          // One acceptance at a time per patron: two clicks never make two entries.
          consents.lockPatron(patronId);
          String accepted = consents.lastGrantedVersion(patronId, CONSENT);
          boolean recorded = !current.equals(accepted);
          if (recorded) {
            boolean previous = Boolean.TRUE.equals(consents.currentlyGranted(patronId, CONSENT));
            consents.append(
                new NewConsentEntry(
                    UUID.randomUUID().toString(),
                    patronId,
                    CONSENT,
                    true,
                    previous,
                    scope.grant().ground().name(),
                    scope.grant().actorSubject(),
                    current,
                    CHANNEL,
                    scope.now()));
          }
          return new Acceptance(current, recorded);
        });
  }

  private LibraryProfile profile() {
    return core.policy().profile();
  }

  /** The page for a patron who last accepted {@code accepted} (null: never). */
  static View view(LibraryProfile profile, String accepted, String language) {
    PolicyVersion current = profile.currentPolicy();
    String text = current.text().get(language);
    boolean isCurrent = current.version().equals(accepted);
    Optional<PolicyVersion> acceptedVersion =
        accepted == null ? Optional.empty() : profile.policy(accepted);
    List<PolicyDiff.Change> changes =
        isCurrent || acceptedVersion.isEmpty()
            ? List.of()
            : PolicyDiff.between(acceptedVersion.get().text().get(language), text);
    List<VersionNote> since =
        isCurrent
            ? List.of()
            : profile.policyVersions().stream()
                .filter(
                    v ->
                        accepted == null
                            || v.version().compareTo(accepted) > 0) // versions are yyyy-MM-dd
                .map(v -> new VersionNote(v.version(), v.effective(), v.summary().get(language)))
                .toList();
    return new View(
        current.version(),
        current.effective(),
        current.summary().get(language),
        language,
        !"en".equals(language),
        Arrays.asList(text.split("\n\n")),
        accepted,
        isCurrent,
        isCurrent || acceptedVersion.isPresent(),
        changes,
        accepted == null ? List.of() : since);
  }
}
