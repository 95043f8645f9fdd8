/**
 * The tamper-evident access log: HMAC-chained entries, their append and the director's verification
 * of the chain.
 */
package org.privacyportal.backend.audit;
