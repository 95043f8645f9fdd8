package org.privacyportal.stack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyportal.stack.keycloak.RealmFileTest.client;
import static org.privacyportal.stack.keycloak.RealmFileTest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class RealmCustomizersTest {

  @Test
  void portalOriginMovesEveryFrontendAddress() {
    ObjectNode realm =
        RealmCustomizers.portalOrigin("http://localhost:28080/").apply(RealmFile.load());

    JsonNode frontend = client(realm, "portal-frontend");
    assertThat(texts(frontend.path("redirectUris")))
        .containsExactly("http://localhost:28080/login/oauth2/code/keycloak");
    assertThat(texts(frontend.path("webOrigins"))).containsExactly("http://localhost:28080");
    assertThat(frontend.path("attributes").path("post.logout.redirect.uris").asText())
        .isEqualTo("http://localhost:28080/");
    assertThat(frontend.path("baseUrl").asText()).isEqualTo("http://localhost:28080/");
    assertThat(realm.toString()).doesNotContain("localhost:8080");
  }

  @Test
  void theShippedOriginChangesNothing() {
    ObjectNode realm =
        RealmCustomizers.portalOrigin("http://localhost:8080").apply(RealmFile.load());

    assertThat(realm).isEqualTo(RealmFile.load());
  }

  @Test
  void directAccessTestClientIsAddedBesideTheShippedClients() {
    ObjectNode realm =
        RealmCustomizers.directAccessTestClient("portal-test", "test-secret")
            .apply(RealmFile.load());

    JsonNode test = client(realm, "portal-test");
    assertThat(test.path("directAccessGrantsEnabled").asBoolean()).isTrue();
    assertThat(test.path("standardFlowEnabled").asBoolean()).isFalse();
    assertThat(test.path("secret").asText()).isEqualTo("test-secret");
    assertThat(
            test.path("protocolMappers")
                .get(0)
                .path("config")
                .path("included.client.audience")
                .asText())
        .isEqualTo("portal-api");
    assertThat(client(realm, "portal-frontend").path("directAccessGrantsEnabled").asBoolean())
        .isFalse();
  }

  @Test
  void frontendClientSecretReplacesTheImportPlaceholder() {
    assertThat(client(RealmFile.load(), "portal-frontend").path("secret").asText())
        .isEqualTo("${PORTAL_OIDC_CLIENT_SECRET:portal-frontend-dev-secret}");

    ObjectNode realm = RealmCustomizers.frontendClientSecret("s3cret").apply(RealmFile.load());

    assertThat(client(realm, "portal-frontend").path("secret").asText()).isEqualTo("s3cret");
  }

  @Test
  void chainAppliesInOrder() {
    ObjectNode realm =
        RealmCustomizers.chain(
                r -> r.put("displayName", "first"),
                r -> r.put("displayName", r.path("displayName").asText() + "+second"))
            .apply(RealmFile.load());

    assertThat(realm.path("displayName").asText()).isEqualTo("first+second");
  }
}
