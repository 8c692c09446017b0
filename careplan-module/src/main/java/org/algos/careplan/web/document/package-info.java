/** The care plan's part of the clinic's documents: medications with their MME, goals, treatments, the diary. */
package org.algos.careplan.web.document;
