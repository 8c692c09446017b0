/** Which procedures of the catalogue this clinic offers: one that is switched off cannot be scheduled. */
package org.algos.intervention.offer;
