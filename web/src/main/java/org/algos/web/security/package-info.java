/**
 * Sign-in: the built-in form and HTTP Basic against the database, or single sign-on through OpenID
 * Connect with the realm's bearer tokens for the API.
 */
package org.algos.web.security;
