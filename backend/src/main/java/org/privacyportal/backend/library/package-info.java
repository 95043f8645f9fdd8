/**
 * The library profiles (Calcasieu Parish, Lawrence): jurisdiction, age of majority, accepted
 * instruments, retention, policy text.
 */
package org.privacyportal.backend.library;
