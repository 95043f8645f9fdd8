package org.privacyportal.frontend.backend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Service;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Calls the portal's backend API with the signed-in user's access token (added by the
 * {@link BackendClientConfig#backendRestClient RestClient}'s OAuth2 interceptor). Turns every outcome
 * into a {@link PatronLookup}; logs status codes only, never response bodies (personal data).
 */
@Service
public class BackendClient {

    static final String ME_PATH = "/api/v1/me";

    private static final Logger LOG = LoggerFactory.getLogger(BackendClient.class);

    private final RestClient restClient;

    public BackendClient(@Qualifier(BackendClientConfig.BACKEND_REST_CLIENT) RestClient restClient) {
        this.restClient = restClient;
    }

    /** The signed-in patron's own record. */
    public PatronLookup me() {
        try {
            Patron patron = restClient.get()
                    .uri(ME_PATH)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(Patron.class);
            if (patron == null) {
                LOG.warn("Backend {} answered without a body", ME_PATH);
                return new PatronLookup.Failed(PatronLookup.Reason.UNEXPECTED);
            }
            return new PatronLookup.Found(patron);
        } catch (RestClientResponseException e) {
            return fromStatus(e.getStatusCode().value());
        } catch (ClientAuthorizationException e) {
            // no authorized client, or refreshing the token failed (session ended at Keycloak)
            LOG.info("No usable access token for {}: {}", ME_PATH, e.getError().getErrorCode());
            return new PatronLookup.Failed(PatronLookup.Reason.SIGN_IN_AGAIN);
        } catch (OAuth2AuthorizationException e) {
            LOG.info("Token problem calling {}: {}", ME_PATH, e.getError().getErrorCode());
            return new PatronLookup.Failed(PatronLookup.Reason.SIGN_IN_AGAIN);
        } catch (ResourceAccessException e) {
            LOG.warn("Backend unreachable for {}: {}", ME_PATH, e.getClass().getSimpleName());
            return new PatronLookup.Failed(PatronLookup.Reason.UNAVAILABLE);
        } catch (RestClientException e) {
            LOG.warn("Backend call {} failed: {}", ME_PATH, e.getClass().getSimpleName());
            return new PatronLookup.Failed(PatronLookup.Reason.UNEXPECTED);
        }
    }

    private static PatronLookup fromStatus(int status) {
        if (status == HttpStatus.NOT_FOUND.value()) {
            return new PatronLookup.NoPatronRecord();
        }
        LOG.warn("Backend {} answered HTTP {}", ME_PATH, status);
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            return new PatronLookup.Failed(PatronLookup.Reason.SIGN_IN_AGAIN);
        }
        if (status >= 500) {
            return new PatronLookup.Failed(PatronLookup.Reason.UNAVAILABLE);
        }
        return new PatronLookup.Failed(PatronLookup.Reason.UNEXPECTED);
    }
}
