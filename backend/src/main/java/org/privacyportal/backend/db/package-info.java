/** The database: connection pool, Flyway migrations and the MyBatis set-up. */
package org.privacyportal.backend.db;
