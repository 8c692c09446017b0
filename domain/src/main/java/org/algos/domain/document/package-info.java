/** Clinical documents of a patient's record: received with a referral or produced by the clinic; immutable. */
package org.algos.domain.document;
