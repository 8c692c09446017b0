/**
 * The procedure catalogue: what the clinic performs, with CPT codes, the spine region payers
 * count by, and the bleeding-risk category that decides anticoagulant holds (clinical
 * reference, "Codes" and "Anticoagulants and antiplatelets").
 */
package org.algos.intervention.catalogue;
