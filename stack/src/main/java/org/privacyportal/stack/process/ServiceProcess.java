package org.privacyportal.stack.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.privacyportal.stack.StackStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One child process of the stack (Keycloak, backend, frontend): its output goes to a log file, it
 * is ready when a URL answers, and stopping it stops its whole process tree.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);
  public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(10);
  private static final Duration REAP_WAIT = Duration.ofSeconds(5);
  private static final int TAIL_LINES = 40;
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private final String name;
  private final Process process;
  private final Path logFile;
  private volatile boolean stopping;

  private ServiceProcess(String name, Process process, Path logFile) {
    this.name = name;
    this.process = process;
    this.logFile = logFile;
  }

  /**
   * Starts {@code command} in {@code workDir} with exactly {@code environment}, output and errors
   * to {@code logFile} (the previous one is kept as {@code <logFile>.1}), stdin closed. The process
   * gets a session of its own (setsid) so that a Ctrl-C in the terminal reaches only the launcher,
   * which then stops the parts in order.
   */
  public static ServiceProcess start(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path workDir,
      Path logFile) {
    List<String> fullCommand = new ArrayList<>();
    if (Files.isExecutable(SETSID)) {
      fullCommand.add(SETSID.toString()); // not a group leader, so setsid execs in place: same pid
    }
    fullCommand.addAll(command);
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      if (Files.exists(logFile)) { // keep the previous run's log beside the new one
        Files.move(
            logFile,
            logFile.resolveSibling(logFile.getFileName() + ".1"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      ProcessBuilder pb =
          new ProcessBuilder(fullCommand)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
      pb.environment().clear();
      pb.environment().putAll(environment);
      Process process = pb.start();
      process.getOutputStream().close();
      LOG.debug("Started {} (pid {}): {}", name, process.pid(), command);
      return new ServiceProcess(name, process, logFile);
    } catch (IOException e) {
      throw new StackStartException(
          "Could not start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
    }
  }

  /** The java executable of the JVM running this code (the launcher's JDK). */
  public static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /**
   * Polls {@code url} (GET, no redirects followed) until its status passes {@code statusOk}.
   *
   * @throws StackStartException with the log tail when the process exits or time runs out
   */
  public void awaitReady(URI url, IntPredicate statusOk, Duration timeout) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    try {
      while (true) {
        if (!process.isAlive()) {
          throw new StackStartException(
              name
                  + " exited with code "
                  + process.exitValue()
                  + " before it was ready. Last lines of "
                  + logFile
                  + ":\n"
                  + tail());
        }
        try {
          HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
          if (statusOk.test(response.statusCode())) {
            return;
          }
          last = "HTTP " + response.statusCode();
        } catch (IOException e) {
          last = e.getClass().getSimpleName();
        }
        if (System.nanoTime() > deadline) {
          throw new StackStartException(
              name
                  + " was not ready within "
                  + timeout.toSeconds()
                  + " s ("
                  + url
                  + ": "
                  + last
                  + "). Last lines of "
                  + logFile
                  + ":\n"
                  + tail());
        }
        Thread.sleep(250);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackStartException("Interrupted while waiting for " + name, e);
    } finally {
      http.close();
    }
  }

  /** Stops the process and all its descendants (SIGTERM, then SIGKILL after {@code grace}). */
  public void stop(Duration grace) {
    stopping = true;
    if (!process.isAlive() && process.toHandle().descendants().noneMatch(ProcessTree::isRunning)) {
      return;
    }
    LOG.debug("Stopping {} (pid {})", name, process.pid());
    if (!ProcessTree.stop(process.toHandle(), grace)) {
      LOG.warn("{} (pid {}) may have left processes behind", name, process.pid());
    }
    // The tree counts as stopped once its processes are zombies; our own child is reaped by the
    // JDK a moment later. Wait for that, so that callers see it as ended (isAlive, exitValue).
    try {
      process.waitFor(REAP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(DEFAULT_STOP_GRACE);
  }

  /** True when {@link #stop} was called (so an exit is expected). */
  public boolean isStopping() {
    return stopping;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  public int exitValue() {
    return process.exitValue();
  }

  public long pid() {
    return process.pid();
  }

  public String name() {
    return name;
  }

  public Path logFile() {
    return logFile;
  }

  /** The last lines of this process's log. */
  public String tail() {
    return LogTail.of(logFile, TAIL_LINES);
  }
}
