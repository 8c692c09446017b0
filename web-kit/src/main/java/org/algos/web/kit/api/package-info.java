/**
 * What every slice's REST resources share: problem+json (RFC 9457), strict JSON input, query
 * parameters, ETags from versions, pages of results.
 */
package org.algos.web.kit.api;
