package org.privacyportal.stack;

/** A part of the stack could not start; the message says which and why (with a log tail if any). */
public class StackStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StackStartException(String message) {
    super(message);
  }

  public StackStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
