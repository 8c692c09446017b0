/**
 * Anticoagulant and antiplatelet holds before a procedure, from the bleeding-risk category of the
 * procedure and the table of the ASRA Pain Medicine / ESRA guidelines (Narouze et al. 2015 and
 * 2018, second edition). Holds are instructions with a
 * stop-by date, never a refusal. Pure Java: the caller reads the active medications through the
 * domain port and hands them in.
 */
package org.algos.intervention.holds;
