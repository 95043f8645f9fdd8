package org.privacyportal.frontend.backend;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
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
 * Calls the portal's backend API with the signed-in user's access token (added by the {@link
 * BackendClientConfig#backendRestClient RestClient}'s OAuth2 interceptor). Turns every outcome into
 * a {@link BackendAnswer}; logs the route and status codes only, never response bodies or patron
 * ids (personal data).
 */
@Service
public class BackendClient {

  static final String ME_PATH = "/api/v1/me";
  static final String SUMMARY_PATH = "/api/v1/patrons/{id}/summary";
  static final String RECORDS_PATH = "/api/v1/patrons/{id}/{category}?page={page}&size={size}";
  static final String LOAN_HISTORY_PATH =
      "/api/v1/patrons/{id}/loan_history?page={page}&size={size}&q={q}&sort={sort}&dir={dir}";
  static final String LOAN_HISTORY_CSV_PATH =
      "/api/v1/patrons/{id}/loan_history.csv?q={q}&sort={sort}&dir={dir}";
  static final String READING_HISTORY_PATH = "/api/v1/patrons/{id}/consents/reading-history";
  static final MediaType CSV = MediaType.parseMediaType("text/csv");

  private static final Logger LOG = LoggerFactory.getLogger(BackendClient.class);

  private final RestClient restClient;

  public BackendClient(@Qualifier(BackendClientConfig.BACKEND_REST_CLIENT) RestClient restClient) {
    this.restClient = restClient;
  }

  /** The signed-in patron's own record; not found for an account without one (staff, director). */
  public BackendAnswer<Patron> me() {
    return get(Patron.class, ME_PATH);
  }

  /** The dashboard figures of a patron: one entry per category the signed-in user may see. */
  public BackendAnswer<RecordsSummary> summary(String patronId) {
    return get(RecordsSummary.class, SUMMARY_PATH, patronId);
  }

  /** One page (from 0) of one category of a patron's records, newest first. */
  public BackendAnswer<RecordPage> records(String patronId, String category, int page, int size) {
    return get(RecordPage.class, RECORDS_PATH, patronId, category, page, size);
  }

  /** One page (from 0) of the reading history, searched and ordered by the backend. */
  public BackendAnswer<RecordPage> loanHistory(
      String patronId, LoanHistoryQuery query, int page, int size) {
    return get(
        RecordPage.class,
        LOAN_HISTORY_PATH,
        patronId,
        page,
        size,
        query.search(),
        query.sort().wireName(),
        query.direction());
  }

  /** The whole reading history as the backend's CSV file (searched and ordered like the pages). */
  public BackendAnswer<byte[]> loanHistoryCsv(String patronId, LoanHistoryQuery query) {
    return get(
        byte[].class,
        CSV,
        LOAN_HISTORY_CSV_PATH,
        patronId,
        query.search(),
        query.sort().wireName(),
        query.direction());
  }

  /**
   * Whether the patron keeps a reading history; not found for anyone but the patron or their
   * guardian.
   */
  public BackendAnswer<ReadingHistoryConsent> readingHistory(String patronId) {
    return get(ReadingHistoryConsent.class, READING_HISTORY_PATH, patronId);
  }

  /**
   * Turns the reading history on or off. Turning it off deletes the existing history, which the
   * backend does only with {@code confirmDeletion} (the patron confirmed in the UI).
   */
  public BackendAnswer<ReadingHistoryConsent> setReadingHistory(
      String patronId, boolean enabled, boolean confirmDeletion) {
    return call(
        READING_HISTORY_PATH,
        () ->
            restClient
                .put()
                .uri(READING_HISTORY_PATH, patronId)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(Map.of("enabled", enabled, "confirmDeletion", confirmDeletion))
                .retrieve()
                .body(ReadingHistoryConsent.class));
  }

  /**
   * One GET of JSON. Feature clients (one per feature package) build on this and on {@link #send};
   * {@code route} is a URI template, logged as is (its variables may identify a patron).
   */
  public <T> BackendAnswer<T> get(Class<T> type, String route, Object... uriVariables) {
    return get(type, MediaType.APPLICATION_JSON, route, uriVariables);
  }

  /**
   * One GET; {@code route} is a URI template, logged as is (its variables may identify a patron).
   */
  public <T> BackendAnswer<T> get(
      Class<T> type, MediaType accept, String route, Object... uriVariables) {
    return call(
        route,
        () -> restClient.get().uri(route, uriVariables).accept(accept).retrieve().body(type));
  }

  /**
   * One GET whose body {@code reader} reads as a stream while the connection is open (a large file
   * need not be held in memory); answers what the reader returns. {@code route} is a URI template,
   * logged as is. Failures answer as for {@link #get}; a failure while reading is UNAVAILABLE.
   */
  public <T> BackendAnswer<T> stream(
      MediaType accept, StreamedBody<T> reader, String route, Object... uriVariables) {
    return call(
        route,
        () ->
            restClient
                .get()
                .uri(route, uriVariables)
                .accept(accept)
                .exchange(
                    (request, response) -> {
                      if (response.getStatusCode().isError()) {
                        throw response
                            .createException(); // turned into an answer like any other call's
                      }
                      return reader.read(
                          response.getBody(), response.getHeaders().getContentLength());
                    }));
  }

  /** Reads a streamed body; {@code contentLength} is -1 when the backend did not say. */
  @FunctionalInterface
  public interface StreamedBody<T> {
    T read(InputStream body, long contentLength) throws IOException;
  }

  /**
   * One POST, PUT, PATCH or DELETE with a JSON body (null for none), answering JSON of {@code
   * type}. A 4xx other than 401 and 404 comes back as {@link BackendAnswer.Reason#REJECTED} with
   * the backend's problem (type, code, members).
   */
  public <T> BackendAnswer<T> send(
      HttpMethod method, Class<T> type, Object body, String route, Object... uriVariables) {
    return call(
        route,
        () -> {
          var request =
              restClient.method(method).uri(route, uriVariables).accept(MediaType.APPLICATION_JSON);
          if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
          }
          return request.retrieve().body(type);
        });
  }

  /**
   * One call; {@code route} is a URI template, logged as is (its variables may identify a patron).
   */
  private <T> BackendAnswer<T> call(String route, Supplier<T> request) {
    try {
      T value = request.get();
      if (value == null) {
        LOG.warn("Backend {} answered without a body", route);
        return new BackendAnswer.Failed<>(BackendAnswer.Reason.UNEXPECTED);
      }
      return new BackendAnswer.Found<>(value);
    } catch (RestClientResponseException e) {
      return fromStatus(route, e.getStatusCode().value(), e.getResponseBodyAsString());
    } catch (ClientAuthorizationException e) {
      // no authorized client, or refreshing the token failed (session ended at Keycloak)
      LOG.info("No usable access token for {}: {}", route, e.getError().getErrorCode());
      return new BackendAnswer.Failed<>(BackendAnswer.Reason.SIGN_IN_AGAIN);
    } catch (OAuth2AuthorizationException e) {
      LOG.info("Token problem calling {}: {}", route, e.getError().getErrorCode());
      return new BackendAnswer.Failed<>(BackendAnswer.Reason.SIGN_IN_AGAIN);
    } catch (ResourceAccessException e) {
      LOG.warn("Backend unreachable for {}: {}", route, e.getClass().getSimpleName());
      return new BackendAnswer.Failed<>(BackendAnswer.Reason.UNAVAILABLE);
    } catch (RestClientException e) {
      LOG.warn("Backend call {} failed: {}", route, e.getClass().getSimpleName());
      return new BackendAnswer.Failed<>(BackendAnswer.Reason.UNEXPECTED);
    }
  }

  private static <T> BackendAnswer<T> fromStatus(String route, int status, String body) {
    if (status == HttpStatus.NOT_FOUND.value()) {
      return new BackendAnswer.NotFound<>();
    }
    LOG.warn("Backend {} answered HTTP {}", route, status);
    if (status == HttpStatus.UNAUTHORIZED.value()) {
      return new BackendAnswer.Failed<>(BackendAnswer.Reason.SIGN_IN_AGAIN);
    }
    if (status >= 500) {
      return new BackendAnswer.Failed<>(BackendAnswer.Reason.UNAVAILABLE);
    }
    if (status >= 400) {
      return new BackendAnswer.Failed<>(
          BackendAnswer.Reason.REJECTED, status, ApiProblem.read(body));
    }
    return new BackendAnswer.Failed<>(BackendAnswer.Reason.UNEXPECTED);
  }
}
