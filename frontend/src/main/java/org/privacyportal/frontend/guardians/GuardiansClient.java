package org.privacyportal.frontend.guardians;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.backend.Patron;
import org.springframework.http.HttpMethod;

/**
 * The backend calls of the guardians feature: the account switcher, a minor's profile, link
 * requests.
 */
public final class GuardiansClient {

  static final String ACCOUNTS = "/api/v1/me/accounts";
  static final String PROFILE = "/api/v1/patrons/{id}/profile";
  static final String LINK_REQUESTS = "/api/v1/guardian-link-requests";

  /** GET /api/v1/me/accounts. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Accounts(List<AccountChoice> accounts) {
    public Accounts {
      accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
  }

  /** The profile category: one item, the patron's details (plus fields this view does not show). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ProfilePage(List<Patron> items) {}

  /**
   * POST /api/v1/guardian-link-requests; {@code minorBirthDate} as YYYY-MM-DD. A null optional
   * field is read as absent by the backend.
   */
  public record LinkRequest(
      String minorName,
      String minorBirthDate,
      String minorCardNumber,
      String relationship,
      String message) {
    @Override
    public String toString() {
      return "LinkRequest[relationship=" + relationship + "]";
    }
  }

  /** The backend's answer to a request: always the same, whatever is on file. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Received(String status) {}

  private final BackendClient backend;

  public GuardiansClient(BackendClient backend) {
    this.backend = backend;
  }

  public BackendAnswer<Accounts> accounts() {
    return backend.get(Accounts.class, ACCOUNTS);
  }

  /**
   * The patron's profile as the backend lets the signed-in person see it (their own, or their
   * ward's).
   */
  public BackendAnswer<Patron> profile(String patronId) {
    return switch (backend.get(ProfilePage.class, PROFILE, patronId)) {
      case BackendAnswer.Found<ProfilePage> found
          when found.value().items() != null && !found.value().items().isEmpty() ->
          new BackendAnswer.Found<>(found.value().items().getFirst());
      case BackendAnswer.Found<ProfilePage> empty -> new BackendAnswer.NotFound<>();
      case BackendAnswer.NotFound<ProfilePage> none -> new BackendAnswer.NotFound<>();
      case BackendAnswer.Failed<ProfilePage> failed ->
          new BackendAnswer.Failed<>(failed.reason(), failed.status(), failed.problem());
    };
  }

  public BackendAnswer<Received> requestLink(LinkRequest request) {
    return backend.send(HttpMethod.POST, Received.class, request, LINK_REQUESTS);
  }
}
