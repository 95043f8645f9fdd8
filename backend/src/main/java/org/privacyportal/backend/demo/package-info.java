/**
 * The seeded, deterministic demo data set and the commands that load it or generate large ones;
 * every record made through the same services a user's action goes through.
 */
package org.privacyportal.backend.demo;
