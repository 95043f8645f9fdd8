package org.privacyportal.stack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmFileTest {

  @Test
  void theShippedRealmFollowsTheContract() {
    ObjectNode realm = RealmFile.load();

    assertThat(realm.path("realm").asText()).isEqualTo("library");
    assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
    assertThat(texts(realm.path("supportedLocales"))).containsExactlyInAnyOrder("en", "es");
    assertThat(realm.path("defaultLocale").asText()).isEqualTo("en");
    assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
    List<String> roles = new ArrayList<>();
    realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
    assertThat(roles).containsExactlyInAnyOrder("patron", "staff", "director");

    JsonNode frontend = client(realm, "portal-frontend");
    assertThat(frontend.path("publicClient").asBoolean()).isFalse();
    assertThat(frontend.path("secret").asText())
        .isEqualTo("${PORTAL_OIDC_CLIENT_SECRET:portal-frontend-dev-secret}");
    assertThat(frontend.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(frontend.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(frontend.path("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(frontend.path("serviceAccountsEnabled").asBoolean()).isFalse();
    assertThat(frontend.path("attributes").path("pkce.code.challenge.method").asText())
        .isEqualTo("S256");
    assertThat(frontend.path("attributes").path("post.logout.redirect.uris").asText())
        .isEqualTo("http://localhost:8080/");
    assertThat(texts(frontend.path("redirectUris")))
        .containsExactly("http://localhost:8080/login/oauth2/code/keycloak");
    assertThat(texts(frontend.path("webOrigins"))).containsExactly("http://localhost:8080");
    JsonNode audience = frontend.path("protocolMappers").get(0);
    assertThat(audience.path("protocolMapper").asText()).isEqualTo("oidc-audience-mapper");
    assertThat(audience.path("config").path("included.client.audience").asText())
        .isEqualTo("portal-api");
    assertThat(audience.path("config").path("access.token.claim").asText()).isEqualTo("true");
    assertThat(audience.path("config").path("id.token.claim").asText()).isEqualTo("false");

    JsonNode api = client(realm, "portal-api");
    assertThat(api.path("publicClient").asBoolean()).isFalse();
    assertThat(api.path("standardFlowEnabled").asBoolean()).isFalse();
    assertThat(api.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(api.path("serviceAccountsEnabled").asBoolean()).isFalse();
    assertThat(api.path("implicitFlowEnabled").asBoolean()).isFalse();
  }

  @Test
  void theShippedRealmHoldsNoUsers() {
    assertThat(RealmFile.load().path("users")).isEmpty();
  }

  @Test
  void theDemoUsersHaveTheContractsIdsAndEverythingTheLoginNeeds() {
    ObjectNode realm = RealmFile.loadWithDemoUsers();
    List<String> rows = new ArrayList<>();
    for (JsonNode user : realm.path("users")) {
      assertThat(user.path("email").asText())
          .isEqualTo(user.path("username").asText() + "@demo.library.test");
      assertThat(user.path("emailVerified").asBoolean()).isTrue();
      assertThat(user.path("enabled").asBoolean()).isTrue();
      assertThat(user.path("credentials").get(0).path("temporary").asBoolean()).isFalse();
      rows.add(
          user.path("username").asText()
              + " "
              + user.path("id").asText()
              + " "
              + user.path("firstName").asText()
              + " "
              + user.path("lastName").asText());
    }
    assertThat(rows)
        .containsExactly(
            "patron 5b0c1a9e-3f7d-4c2a-9e61-2d8f4b7a1c01 Alice Nguyen",
            "guardian 8e4f2d17-6a3b-4f90-b1c5-7d2e9a0f3b02 Grace Okafor",
            "minor c3a91e5f-0b7d-4e28-a6f4-91d0b2c7e803 Milo Okafor",
            "staff 2f6d8b40-9c1e-4a57-8d3b-e5f7a2c9b104 Sam Porter",
            "director 9a7e3c21-5d4b-4f16-b8e0-3c6a1f9d2e05 Diane Marsh",
            "thirdparty 6d1b9f83-2e5a-4c7d-9f20-a4b8e3c5d706 Theo Grant",
            "parent 4c8e2a6f-1d3b-4e7a-a5c9-0b2d6f8e1a07 Rosa Delgado",
            "renee 7b3e9d52-4a1c-4f8e-b6d0-2c9a5e1f7d08 Renee Broussard");
    assertThat(RealmFile.demoLogins(realm))
        .extracting(l -> l.username() + "/" + l.password() + "/" + l.role())
        .containsExactly(
            "patron/patron-demo/patron",
            "guardian/guardian-demo/patron",
            "minor/minor-demo/patron",
            "staff/staff-demo/staff",
            "director/director-demo/director",
            "thirdparty/thirdparty-demo/patron",
            "parent/parent-demo/patron",
            "renee/renee-demo/patron");
  }

  @Test
  void theCustomizedRealmIsWrittenWhereKeycloakImportsIt(@TempDir Path dir) throws IOException {
    Path file =
        RealmFile.writeForImport(
            dir.resolve("data/import"), realm -> realm.put("displayName", "Test Library"));

    assertThat(file).isEqualTo(dir.resolve("data/import/library-realm.json"));
    JsonNode written = new ObjectMapper().readTree(file.toFile());
    assertThat(written.path("displayName").asText()).isEqualTo("Test Library");
    assertThat(written.path("users")).isEmpty();
    assertThat(dir.resolve("data/import")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void loadGivesAFreshCopyEachTime() {
    RealmFile.load().put("realm", "changed");

    assertThat(RealmFile.load().path("realm").asText()).isEqualTo("library");
  }

  static JsonNode client(JsonNode realm, String clientId) {
    for (JsonNode c : realm.path("clients")) {
      if (clientId.equals(c.path("clientId").asText())) {
        return c;
      }
    }
    throw new AssertionError("no client " + clientId);
  }

  static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }
}
