package org.algos.domain.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The checkpoints' public key, published so that anyone holding a checkpoint can check its signature. */
@Stateless
@PermitAll
public class AuditKey {

    @Inject
    private AuditCheckpoints checkpoints;

    public String pem() {
        return checkpoints.publicKeyPem();
    }
}
