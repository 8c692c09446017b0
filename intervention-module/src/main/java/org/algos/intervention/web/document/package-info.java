/** The procedures' part of the clinic's documents: the procedure note, the letter's procedures, the plan's holds. */
package org.algos.intervention.web.document;
