/**
 * HTTP plumbing shared by every feature: RFC 9457 problems, error mapping, JSON, languages, request
 * log and security headers.
 */
package org.privacyportal.backend.http;
