/**
 * The backend's start-up: configuration from the environment and the wiring of every feature into
 * one Javalin app.
 */
package org.privacyportal.backend;
