/** The audit trail's moving parts on this node: where its key and checkpoints live, and the sequencer's schedule. */
package org.algos.web.audit;
