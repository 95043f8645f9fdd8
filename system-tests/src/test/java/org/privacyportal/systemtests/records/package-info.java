/** The record views in a real browser. */
package org.privacyportal.systemtests.records;
