package org.algos.web.fhir;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Bundle;

/** {@code POST /fhir} with a transaction Bundle: a referral (see {@link Referrals}). */
@Dependent
public class ReferralTransaction implements FhirOperationProvider {

    @Inject
    private Referrals referrals;

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle) {
        return referrals.take(bundle);
    }
}
