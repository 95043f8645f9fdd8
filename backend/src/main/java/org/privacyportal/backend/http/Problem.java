package org.privacyportal.backend.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem details body: {@code type} (a {@link ProblemType} URI), {@code title} (the
 * type's), {@code status}, {@code detail} (a fixed English text for people), {@code code} (a stable
 * word refining the type, where it has several causes) and extension members (docs/problems.md):
 * {@code errors} (field name to code), {@code triesLeft}, {@code retryAfter}, {@code export},
 * {@code errorId}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "code"})
public final class Problem {

  public static final String CONTENT_TYPE = "application/problem+json";

  private final ProblemType kind;
  private final int status;
  private final String detail;
  private final String code;
  private final Map<String, Object> members;

  private Problem(
      ProblemType kind, int status, String detail, String code, Map<String, Object> members) {
    this.kind = Objects.requireNonNull(kind);
    this.status = status;
    this.detail = detail;
    this.code = code;
    this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  /** A problem of this type with its usual status. */
  public static Problem of(ProblemType type, String detail) {
    return new Problem(type, type.status(), detail, null, Map.of());
  }

  /**
   * A problem of this type with another status (TOO_LARGE, HTTP_ERROR, INTERNAL carry the
   * refusal's).
   */
  public static Problem of(ProblemType type, int status, String detail) {
    return new Problem(type, status, detail, null, Map.of());
  }

  /** The same problem with a {@code code}. */
  public Problem withCode(String newCode) {
    return new Problem(kind, status, detail, newCode, members);
  }

  /** The same problem with one more extension member (null values are left out). */
  public Problem with(String name, Object value) {
    if (value == null) {
      return this;
    }
    Map<String, Object> more = new LinkedHashMap<>(members);
    more.put(name, value);
    return new Problem(kind, status, detail, code, more);
  }

  public ProblemType kind() {
    return kind;
  }

  @JsonProperty("type")
  public String type() {
    return kind.uri();
  }

  @JsonProperty("title")
  public String title() {
    return kind.title();
  }

  @JsonProperty("status")
  public int status() {
    return status;
  }

  @JsonProperty("detail")
  public String detail() {
    return detail;
  }

  @JsonProperty("code")
  public String code() {
    return code;
  }

  /** Extension members, written beside the standard ones. */
  @JsonAnyGetter
  public Map<String, Object> members() {
    return members;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem that
        && kind == that.kind
        && status == that.status
        && Objects.equals(detail, that.detail)
        && Objects.equals(code, that.code)
        && members.equals(that.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, detail, code, members);
  }

  @Override
  public String toString() {
    return "Problem[" + kind.slug() + ", " + status + (code == null ? "" : ", " + code) + "]";
  }
}
