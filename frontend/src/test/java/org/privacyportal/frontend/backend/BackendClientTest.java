package org.privacyportal.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.io.IOException;
import java.net.ConnectException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class BackendClientTest {

    private static final String PROBLEM = "application/problem+json";

    private MockRestServiceServer server;
    private BackendClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://backend.test");
        server = MockRestServiceServer.bindTo(builder).build();
        client = new BackendClient(builder.build());
    }

    @Test
    void returnsThePatronExactlyAsTheBackendSentIt() {
        server.expect(requestTo("http://backend.test/api/v1/me"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("""
                        {"id":"0b6f3c1e-1111-4a2b-9c3d-4e5f60718293","firstName":"Ána-Lucía","lastName":"O'Neil",
                         "cardNumber":"21234 000 123 45","birthDate":"1990-04-02","email":"patron@demo.library.test",
                         "phone":"+1 555 0100","address":{"line1":"1 Main St","line2":null,"city":"Lawrence",
                         "region":"KS","postalCode":"66044"},"accountType":"ADULT","expiresOn":"2027-06-30",
                         "somethingNew":true}
                        """, MediaType.APPLICATION_JSON));

        PatronLookup result = client.me();

        assertThat(result).isInstanceOfSatisfying(PatronLookup.Found.class, found -> {
            assertThat(found.patron().fullName()).isEqualTo("Ána-Lucía O'Neil");
            assertThat(found.patron().cardNumber()).isEqualTo("21234 000 123 45");
            assertThat(found.patron().accountType()).isEqualTo("ADULT");
            assertThat(found.patron().expiresOn()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(found.patron().address().city()).isEqualTo("Lawrence");
        });
        server.verify();
    }

    @Test
    void notFoundProblemMeansNoPatronRecord() {
        server.expect(requestTo("http://backend.test/api/v1/me"))
                .andRespond(withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.parseMediaType(PROBLEM))
                        .body("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"Not found\"}"));

        assertThat(client.me()).isInstanceOf(PatronLookup.NoPatronRecord.class);
    }

    @Test
    void unauthorizedMeansSignInAgain() {
        server.expect(requestTo("http://backend.test/api/v1/me"))
                .andRespond(withStatus(HttpStatus.UNAUTHORIZED).contentType(MediaType.parseMediaType(PROBLEM))
                        .body("{\"title\":\"Unauthorized\",\"status\":401}"));

        assertThat(client.me()).isEqualTo(new PatronLookup.Failed(PatronLookup.Reason.SIGN_IN_AGAIN));
    }

    @Test
    void serverErrorMeansUnavailable() {
        server.expect(requestTo("http://backend.test/api/v1/me"))
                .andRespond(withStatus(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.parseMediaType(PROBLEM))
                        .body("{\"title\":\"Service Unavailable\",\"status\":503}"));

        assertThat(client.me()).isEqualTo(new PatronLookup.Failed(PatronLookup.Reason.UNAVAILABLE));
    }

    @Test
    void unreachableBackendMeansUnavailable() {
        server.expect(requestTo("http://backend.test/api/v1/me"))
                .andRespond(withException(new ConnectException("Connection refused")));

        assertThat(client.me()).isEqualTo(new PatronLookup.Failed(PatronLookup.Reason.UNAVAILABLE));
    }

    @Test
    void otherClientErrorsAreUnexpected() {
        server.expect(requestTo("http://backend.test/api/v1/me"))
                .andRespond(withStatus(HttpStatus.FORBIDDEN));

        assertThat(client.me()).isEqualTo(new PatronLookup.Failed(PatronLookup.Reason.UNEXPECTED));
    }

    @Test
    void unreadableBodyIsUnexpected() throws IOException {
        server.expect(requestTo("http://backend.test/api/v1/me"))
                .andRespond(withSuccess("{\"expiresOn\":\"not a date\"}", MediaType.APPLICATION_JSON));

        assertThat(client.me()).isEqualTo(new PatronLookup.Failed(PatronLookup.Reason.UNEXPECTED));
    }
}
