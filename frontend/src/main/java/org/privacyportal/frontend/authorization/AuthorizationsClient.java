package org.privacyportal.frontend.authorization;

import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The backend's written-authorization routes (self-service: the patron or a guardian for a minor;
 * anyone else gets "not found").
 */
final class AuthorizationsClient {

  private static final String LIST = "/api/v1/patrons/{id}/authorizations?page={page}&size={size}";
  private static final String AUTHORIZATIONS = "/api/v1/patrons/{id}/written-authorizations";
  private static final String PREVIEW = AUTHORIZATIONS + "/preview";
  private static final String ONE = AUTHORIZATIONS + "/{aid}";
  private static final String DOCUMENT = ONE + "/document.pdf?lang={lang}";
  private static final String REVOCATION = ONE + "/revocation";

  private final BackendClient backend;

  AuthorizationsClient(BackendClient backend) {
    this.backend = backend;
  }

  BackendAnswer<AuthorizationsPage> list(String patronId, int page, int size) {
    return backend.get(AuthorizationsPage.class, LIST, patronId, page, size);
  }

  /** The text the backend would have the patron sign; changes nothing. */
  BackendAnswer<Preview> preview(String patronId, Terms terms) {
    return backend.send(HttpMethod.POST, Preview.class, terms, PREVIEW, patronId);
  }

  /** Signs: needs an access token from a sign-in of the last few minutes. */
  BackendAnswer<Signed> sign(String patronId, Signature signature) {
    return backend.send(HttpMethod.POST, Signed.class, signature, AUTHORIZATIONS, patronId);
  }

  BackendAnswer<AuthorizationDetail> get(String patronId, String authorizationId) {
    return backend.get(AuthorizationDetail.class, ONE, patronId, authorizationId);
  }

  /** The printable PDF, its headings in {@code language} ("en" or "es"). */
  BackendAnswer<byte[]> document(String patronId, String authorizationId, String language) {
    return backend.get(
        byte[].class, MediaType.APPLICATION_PDF, DOCUMENT, patronId, authorizationId, language);
  }

  BackendAnswer<Revocation> revoke(String patronId, String authorizationId) {
    return backend.send(
        HttpMethod.POST, Revocation.class, null, REVOCATION, patronId, authorizationId);
  }
}
