/**
 * The clinic's documents: composed from every feature's sections under one access check,
 * rendered to PDF/UA-1 and PDF/A-3u, stored immutable with their hash, and served by the API,
 * the portal and FHIR.
 */
package org.algos.web.document;
