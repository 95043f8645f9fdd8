package org.privacyportal.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Stands in for the backend or frontend jar in the stack's own tests (JDK classes only). As the
 * frontend (PORTAL_BACKEND_URL set) it listens on PORTAL_PORT, otherwise on PORTAL_BACKEND_PORT; it
 * answers /health and / with 200 and /env with its PORTAL_* variables, one per line.
 */
public final class FakeService {

  private FakeService() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> env = System.getenv();
    boolean frontend = env.containsKey("PORTAL_BACKEND_URL");
    int port = Integer.parseInt(env.get(frontend ? "PORTAL_PORT" : "PORTAL_BACKEND_PORT"));
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext(
        "/",
        exchange -> {
          StringBuilder body = new StringBuilder();
          if (exchange.getRequestURI().getPath().equals("/env")) {
            new TreeMap<>(env)
                .forEach(
                    (k, v) -> {
                      if (k.startsWith("PORTAL_")) {
                        body.append(k).append('=').append(v).append('\n');
                      }
                    });
          } else {
            body.append(frontend ? "frontend" : "backend").append('\n');
          }
          byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    System.out.println((frontend ? "frontend" : "backend") + " listening on " + port);
  }

  /** Writes a runnable jar of this class to {@code jar}. */
  public static Path writeJar(Path jar) throws IOException {
    Files.createDirectories(jar.toAbsolutePath().getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
    String entry = FakeService.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        InputStream in = FakeService.class.getResourceAsStream("/" + entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
    }
    return jar;
  }
}
