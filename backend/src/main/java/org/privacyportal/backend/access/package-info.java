/**
 * The access core: the access rule of docs/product.md section 3 (self, guardian, written
 * authorization, library business, legal process; deny by default) and the one unit of work through
 * which every read or change of a patron's records is decided, logged and committed.
 */
package org.privacyportal.backend.access;
