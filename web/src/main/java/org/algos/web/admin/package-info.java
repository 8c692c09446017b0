/**
 * The administration area (role {@code admin}): accounts, care teams and the catalogues in
 * force. It shows demographics only, never chart content; every change is audited and flagged.
 */
package org.algos.web.admin;
