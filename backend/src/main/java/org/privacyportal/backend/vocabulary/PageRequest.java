package org.privacyportal.backend.vocabulary;

/** Which page of a category to return: {@code page} from 0, {@code size} rows per page. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 100;

  /** Far beyond any real record count; keeps the offset arithmetic nowhere near overflow. */
  public static final int MAX_PAGE = 1_000_000;

  public static final PageRequest FIRST = new PageRequest(0, DEFAULT_SIZE);

  public PageRequest {
    if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + " size " + size);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
