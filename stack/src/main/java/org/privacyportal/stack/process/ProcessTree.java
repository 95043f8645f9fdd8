package org.privacyportal.stack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops a process together with all its descendants: politely first, then forcibly. */
public final class ProcessTree {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessTree.class);
  private static final Duration FORCED_WAIT = Duration.ofSeconds(5);

  private ProcessTree() {}

  /**
   * Sends SIGTERM to {@code root} and every descendant (taken before anything is signalled, as
   * orphans stop being descendants), waits up to {@code grace} for all of them, then kills the ones
   * still alive with SIGKILL.
   *
   * @return true when every process of the tree has exited
   */
  public static boolean stop(ProcessHandle root, Duration grace) {
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    tree.add(root);
    for (ProcessHandle p : tree) {
      p.destroy();
    }
    if (awaitExit(tree, grace)) {
      return true;
    }
    // anything spawned meanwhile belongs to the tree as well
    List<ProcessHandle> remaining = new ArrayList<>();
    for (ProcessHandle p : tree) {
      if (isRunning(p)) {
        p.descendants().forEach(remaining::add);
        remaining.add(p);
      }
    }
    for (ProcessHandle p : remaining) {
      LOG.warn("Process {} did not stop within {} ms; killing it", p.pid(), grace.toMillis());
      p.destroyForcibly();
    }
    return awaitExit(remaining, FORCED_WAIT);
  }

  /** Polls (onExit of a process that is not our child only polls every second or so). */
  private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (processes.stream().anyMatch(ProcessTree::isRunning)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return processes.stream().noneMatch(ProcessTree::isRunning);
      }
    }
    return true;
  }

  /**
   * Alive and not a zombie. An orphan that has exited stays a zombie until its new parent reaps it,
   * which some container init processes do only now and then; ProcessHandle.isAlive() still says
   * true for it.
   */
  public static boolean isRunning(ProcessHandle p) {
    if (!p.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
      int endOfName = stat.lastIndexOf(')');
      return endOfName < 0 || endOfName + 2 >= stat.length() || stat.charAt(endOfName + 2) != 'Z';
    } catch (IOException | RuntimeException e) {
      return p.isAlive(); // no /proc (not Linux) or the process just went away
    }
  }
}
