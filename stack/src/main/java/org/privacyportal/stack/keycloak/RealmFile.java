package org.privacyportal.stack.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shipped realm ({@code /library-realm.json} from the keycloak-realm jar) as JSON, and the demo
 * users ({@code /demo-users.json}) that only the local run and the tests add to their own copy of
 * it: the realm docker-compose imports holds no users.
 */
public final class RealmFile {

  public static final String RESOURCE = "/library-realm.json";
  public static final String DEMO_USERS_RESOURCE = "/demo-users.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RealmFile() {}

  /** A fresh, modifiable copy of the shipped realm (no users). */
  public static ObjectNode load() {
    return read(RESOURCE);
  }

  /** A fresh copy of the demo users (Keycloak user representations, with their passwords). */
  public static ArrayNode loadDemoUsers() {
    JsonNode users = read(DEMO_USERS_RESOURCE).path("users");
    if (!(users instanceof ArrayNode array)) {
      throw new IllegalStateException(DEMO_USERS_RESOURCE + " has no \"users\" list");
    }
    return array;
  }

  /** The realm as the local run and the tests import it: the shipped realm plus the demo users. */
  public static ObjectNode loadWithDemoUsers() {
    return RealmCustomizers.demoUsers().apply(load());
  }

  private static ObjectNode read(String resource) {
    try (InputStream in = RealmFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the classpath (keycloak-realm jar missing?)");
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the shipped realm, changed by {@code customizer}, to {@code
   * importDir/<realm>-realm.json} (Keycloak only imports files named after the realm) and returns
   * that file.
   */
  public static Path writeForImport(Path importDir, UnaryOperator<ObjectNode> customizer) {
    ObjectNode realm = customizer.apply(load());
    if (realm == null || !realm.hasNonNull("realm")) {
      throw new IllegalStateException(
          "The realm customizer must return a realm with a \"realm\" name");
    }
    try {
      Files.createDirectories(importDir);
      Path file = importDir.resolve(realm.get("realm").asText() + "-realm.json");
      Path tmp = importDir.resolve(file.getFileName() + ".tmp");
      JSON.writeValue(tmp.toFile(), realm);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The demo logins of a realm: username, password and role (default roles left out). */
  public static List<DemoLogin> demoLogins(JsonNode realm) {
    List<DemoLogin> logins = new ArrayList<>();
    for (JsonNode user : realm.path("users")) {
      String password = "";
      for (JsonNode credential : user.path("credentials")) {
        if ("password".equals(credential.path("type").asText())) {
          password = credential.path("value").asText();
        }
      }
      List<String> roles = new ArrayList<>();
      for (JsonNode role : user.path("realmRoles")) {
        if (!role.asText().startsWith("default-roles-")) {
          roles.add(role.asText());
        }
      }
      String name =
          (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).trim();
      logins.add(
          new DemoLogin(user.path("username").asText(), password, String.join(", ", roles), name));
    }
    return logins;
  }

  /** One demo account of the realm. */
  public record DemoLogin(String username, String password, String role, String name) {}
}
