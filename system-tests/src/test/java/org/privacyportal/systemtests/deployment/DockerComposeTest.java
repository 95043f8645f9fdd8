package org.privacyportal.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on the development machines, so docker-compose.yml cannot be started here.
 * This test keeps it true instead: it reads the file and checks it against the code it describes.
 */
class DockerComposeTest {

  private static final Path ROOT =
      Path.of(System.getProperty("portal.repoRoot", "..")).toAbsolutePath().normalize();
  private static final Pattern PORTAL_VARIABLE = Pattern.compile("\"(PORTAL_[A-Z0-9_]+)\"");

  private final JsonNode compose = read(ROOT.resolve("docker-compose.yml"));
  private final JsonNode services = compose.get("services");

  @Test
  void describesTheFourServices() {
    assertThat(fieldNames(services))
        .containsExactlyInAnyOrder("mariadb", "keycloak", "backend", "frontend");
  }

  @Test
  void databaseAndKeycloakComeFromTheirOfficialImagesAtTheVersionsWeBuildAgainst()
      throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"));

    assertThat(services.at("/mariadb/image").asText()).matches("mariadb:11\\.4(\\.\\d+)?");
    assertThat(services.at("/keycloak/image").asText())
        .isEqualTo("quay.io/keycloak/keycloak:" + property(pom, "keycloak.version"));
  }

  @Test
  void keycloakImportsTheRealmOfTheRealmModule() {
    String mount = services.at("/keycloak/volumes/0").asText();
    String[] parts = mount.split(":");

    assertThat(parts[1]).isEqualTo("/opt/keycloak/data/import/library-realm.json");
    assertThat(ROOT.resolve(parts[0]).normalize())
        .isEqualTo(ROOT.resolve("keycloak-realm/src/main/resources/library-realm.json"))
        .isRegularFile();
    assertThat(services.at("/keycloak/command").toString()).contains("--import-realm");
  }

  @Test
  void theRealmKeycloakImportsHoldsNoUsers() throws IOException {
    // the demo logins (passwords in the README) exist only in the local run and the tests, which
    // add keycloak-realm's demo-users.json to their own copy of the realm
    Path mounted =
        ROOT.resolve(services.at("/keycloak/volumes/0").asText().split(":")[0]).normalize();
    JsonNode realm = new ObjectMapper().readTree(mounted.toFile());

    assertThat(realm.path("realm").asText()).isEqualTo("library");
    assertThat(realm.path("users")).as("users in the realm docker-compose imports").isEmpty();
    assertThat(Files.readString(mounted)).doesNotContain("\"credentials\"", "-demo\"");
  }

  @Test
  void keycloakAndTheFrontendShareTheClientSecretTheRealmImports() throws IOException {
    String realm =
        Files.readString(ROOT.resolve("keycloak-realm/src/main/resources/library-realm.json"));

    assertThat(realm).contains("\"secret\": \"${PORTAL_OIDC_CLIENT_SECRET:");
    assertThat(services.at("/keycloak/environment/PORTAL_OIDC_CLIENT_SECRET").asText())
        .isEqualTo(services.at("/frontend/environment/PORTAL_OIDC_CLIENT_SECRET").asText())
        .startsWith("${PORTAL_OIDC_CLIENT_SECRET:?");
  }

  @Test
  void backendAndFrontendAreBuiltFromTheDockerfilesOfTheirModules() throws IOException {
    for (String module : List.of("backend", "frontend")) {
      Path dockerfile =
          ROOT.resolve(services.at("/" + module + "/build").asText()).resolve("Dockerfile");
      assertThat(dockerfile).isRegularFile();
      String text = Files.readString(dockerfile);
      assertThat(text).contains("portal-" + module + ".jar");
    }
  }

  @Test
  void portsMatchWhatTheServicesListenOn() throws IOException {
    String frontendPort = services.at("/frontend/environment/PORTAL_PORT").asText();
    String backendPort = services.at("/backend/environment/PORTAL_BACKEND_PORT").asText();

    assertThat(services.at("/frontend/ports/0").asText()).endsWith(":" + frontendPort);
    assertThat(Files.readString(ROOT.resolve("frontend/Dockerfile")))
        .contains("EXPOSE " + frontendPort);
    assertThat(Files.readString(ROOT.resolve("backend/Dockerfile")))
        .contains("EXPOSE " + backendPort);
    assertThat(services.at("/frontend/environment/PORTAL_BACKEND_URL").asText())
        .isEqualTo("http://backend:" + backendPort);
    assertThat(services.at("/keycloak/ports/0").asText())
        .endsWith(":" + services.at("/keycloak/environment/KC_HTTP_PORT").asText());
    assertThat(services.at("/backend/environment/PORTAL_DB_URL").asText())
        .startsWith("jdbc:mariadb://mariadb:3306/");
  }

  @Test
  void everyPortalVariableInTheFileIsOneTheModuleReads() throws IOException {
    for (String module : List.of("backend", "frontend")) {
      Set<String> read = variablesReadBy(ROOT.resolve(module + "/src/main"));
      Set<String> given = new TreeSet<>(fieldNames(services.at("/" + module + "/environment")));
      given.removeIf(name -> !name.startsWith("PORTAL_"));

      assertThat(read).as("PORTAL_ variables read by %s", module).containsAll(given);
    }
  }

  @Test
  void everyVariableTheBackendNeedsIsGiven() throws IOException {
    Set<String> given = new TreeSet<>(fieldNames(services.at("/backend/environment")));

    assertThat(given)
        .containsAll(
            Set.of(
                "PORTAL_DB_URL",
                "PORTAL_DB_USER",
                "PORTAL_DB_PASSWORD",
                "PORTAL_OIDC_ISSUER",
                "PORTAL_API_AUDIENCE",
                "PORTAL_BACKEND_HOST",
                "PORTAL_LIBRARY_PROFILE",
                "PORTAL_ACCESS_LOG_KEY"));
    // without demo data the backend refuses to start with no access-log key: compose must demand
    // one
    assertThat(services.at("/backend/environment/PORTAL_ACCESS_LOG_KEY").asText())
        .startsWith("${PORTAL_ACCESS_LOG_KEY:?");
  }

  /**
   * Names of PORTAL_ variables that appear as string literals or placeholders in a module's
   * sources.
   */
  private static Set<String> variablesReadBy(Path sources) throws IOException {
    Set<String> names = new TreeSet<>();
    Pattern placeholder = Pattern.compile("\\$\\{(PORTAL_[A-Z0-9_]+)");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().matches(".*\\.(java|yml|yaml|properties)$"))
              .toList()) {
        String text = Files.readString(file);
        for (Pattern p : List.of(PORTAL_VARIABLE, placeholder)) {
          Matcher m = p.matcher(text);
          while (m.find()) {
            names.add(m.group(1));
          }
        }
      }
    }
    return names;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as("property %s in pom.xml", name).isTrue();
    return m.group(1);
  }

  private static JsonNode read(Path file) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
