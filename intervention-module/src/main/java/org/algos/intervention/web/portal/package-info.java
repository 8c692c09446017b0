/**
 * The intervention slice's portal beans: scheduling with the eligibility panel, the procedure page
 * (check-in, checklist, note, follow-ups), the chart's procedures and holds sections, the worklist.
 */
package org.algos.intervention.web.portal;
