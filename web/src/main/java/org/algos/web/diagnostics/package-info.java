/**
 * What the portal tells about its own cost when asked: SQL statements per request.
 */
package org.algos.web.diagnostics;
