/** The activity categories: online services used, reference consultations and event sign-ups. */
package org.privacyportal.backend.activity;
