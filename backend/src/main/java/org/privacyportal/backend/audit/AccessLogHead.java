package org.privacyportal.backend.audit;

/** The newest link of the chain (access_log_head): the last seq and its hmac. */
public record AccessLogHead(long lastSeq, String lastHmac) {}
