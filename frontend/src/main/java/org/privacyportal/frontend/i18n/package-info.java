/**
 * Languages: the visitor's choice, the header switch, the page's lang attribute; English and
 * Spanish.
 */
package org.privacyportal.frontend.i18n;
