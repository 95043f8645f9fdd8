package org.privacyportal.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every problem type is listed in docs/problems.md with its status, so integrators find it. */
class ProblemTypesDocumentedTest {

  @Test
  void everyTypeHasARowInTheDocs() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "problems.md"));

    assertThat(docs).contains(ProblemType.BASE);
    for (ProblemType type : ProblemType.values()) {
      assertThat(docs)
          .as(type.name())
          .containsPattern(
              "\\| `"
                  + type.slug()
                  + "` \\| [^|]*"
                  + (type == ProblemType.HTTP_ERROR ? "" : type.status())
                  + "[^|]*\\|");
    }
  }

  @Test
  void typesHaveDistinctUrisUnderTheBase() {
    assertThat(java.util.Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct())
        .hasSize(ProblemType.values().length)
        .allSatisfy(uri -> assertThat(uri).startsWith(ProblemType.BASE));
  }
}
