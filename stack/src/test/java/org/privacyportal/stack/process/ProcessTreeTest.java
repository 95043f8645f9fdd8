package org.privacyportal.stack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

  @Test
  void stopsTheProcessAndItsChildren() throws Exception {
    Process parent = new ProcessBuilder("bash", "-c", "sleep 300 & sleep 300 & wait").start();
    List<ProcessHandle> children = awaitChildren(parent, 2);

    boolean stopped = ProcessTree.stop(parent.toHandle(), Duration.ofSeconds(5));

    assertThat(stopped).isTrue();
    assertThat(parent.isAlive()).isFalse();
    assertThat(children).noneMatch(ProcessTree::isRunning);
  }

  @Test
  void killsWhatIgnoresTheGentleSignal() throws Exception {
    // the child ignores SIGTERM; only SIGKILL ends it
    Process parent =
        new ProcessBuilder(
                "bash", "-c", "bash -c 'trap \"\" TERM; while true; do sleep 0.1; done' & wait")
            .start();
    List<ProcessHandle> children = awaitChildren(parent, 1);
    long t0 = System.nanoTime();

    boolean stopped = ProcessTree.stop(parent.toHandle(), Duration.ofMillis(500));

    assertThat(stopped).isTrue();
    assertThat(children).noneMatch(ProcessTree::isRunning);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
  }

  private static List<ProcessHandle> awaitChildren(Process parent, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      List<ProcessHandle> children = parent.children().toList();
      if (children.size() >= count) {
        return children;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("children did not start");
  }
}
