/** The main layout and the small building blocks every page shares (pager, link lists, notices). */
package org.privacyportal.frontend.layout;
