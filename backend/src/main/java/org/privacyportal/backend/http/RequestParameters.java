package org.privacyportal.backend.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;
import org.privacyportal.backend.vocabulary.LoanHistoryFilter;
import org.privacyportal.backend.vocabulary.PageRequest;

/**
 * Reads the parameters of the record routes. Only their syntax is checked here, never anything
 * stored: a 400 depends on the request alone, so it cannot tell whether a patron exists.
 */
public final class RequestParameters {

  /** Public ids are random UUIDs in canonical (lower-case) form; nothing else can name a record. */
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  private RequestParameters() {}

  /**
   * The id if it has the form of a patron id. Anything else names no patron (answered like a
   * refusal).
   */
  public static Optional<String> patronId(String raw) {
    return isId(raw) ? Optional.of(raw) : Optional.empty();
  }

  public static boolean isId(String raw) {
    return raw != null && ID.matcher(raw).matches();
  }

  /**
   * ?page= (from 0, default 0) and ?size= (1 to 100, default 50); 400 naming the parameter
   * otherwise.
   */
  public static PageRequest page(Context ctx) {
    int page = number(ctx, "page", 0, 0, PageRequest.MAX_PAGE);
    int size = number(ctx, "size", PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
    return new PageRequest(page, size);
  }

  /**
   * ?q= (text, at most {@value LoanHistoryFilter#MAX_SEARCH} characters; blank means none), ?sort=
   * (returned, title or author; default returned) and ?dir= (asc or desc; default newest returns
   * first, titles and authors A to Z); 400 naming the parameter otherwise.
   */
  public static LoanHistoryFilter loanHistoryFilter(Context ctx) {
    String q = ctx.queryParam("q");
    if (q != null && q.length() > LoanHistoryFilter.MAX_SEARCH) {
      throw ApiProblem.invalid(
          "q",
          "too-long",
          "The query parameter 'q' must be at most "
              + LoanHistoryFilter.MAX_SEARCH
              + " characters.");
    }
    String search = q == null || q.isBlank() ? null : q.strip();
    LoanHistoryFilter.Sort sort =
        switch (ctx.queryParam("sort")) {
          case null -> LoanHistoryFilter.Sort.RETURNED;
          case "returned" -> LoanHistoryFilter.Sort.RETURNED;
          case "title" -> LoanHistoryFilter.Sort.TITLE;
          case "author" -> LoanHistoryFilter.Sort.AUTHOR;
          default ->
              throw ApiProblem.invalid(
                  "sort",
                  "not-allowed",
                  "The query parameter 'sort' must be one of returned, title, author.");
        };
    boolean ascending =
        switch (ctx.queryParam("dir")) {
          case null -> sort.ascendingByDefault();
          case "asc" -> true;
          case "desc" -> false;
          default ->
              throw ApiProblem.invalid(
                  "dir", "not-allowed", "The query parameter 'dir' must be asc or desc.");
        };
    return new LoanHistoryFilter(search, sort, ascending);
  }

  private static int number(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null) {
      return fallback;
    }
    if (NUMBER.matcher(raw).matches()) {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    }
    throw ApiProblem.invalid(
        name,
        "out-of-range",
        "The query parameter '"
            + name
            + "' must be a whole number from "
            + min
            + " to "
            + max
            + ".");
  }

  /**
   * The id in query parameter {@code name}, or null when there is none; 400 when it is not an id.
   */
  public static String optionalId(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null) {
      return null;
    }
    if (!isId(raw)) {
      throw ApiProblem.invalid(
          name,
          "format",
          "The query parameter '" + name + "' must be an id (a UUID in lower case).");
    }
    return raw;
  }
}
