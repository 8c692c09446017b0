/**
 * The portal's shell and composed screens: the chart (one access check, one transaction, one audit
 * event per page), its summary, the patient search, the worklist, the patient's home and progress, the audit viewer.
 */
package org.algos.web.portal;
