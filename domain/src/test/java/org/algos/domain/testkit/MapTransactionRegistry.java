package org.algos.domain.testkit;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * The container's registry of resources bound to the running transaction, for the test
 * transactions of {@link InMemoryDatabase}: one map per transaction, dropped when it ends, so a
 * proof of access issued in one transaction does not hold in the next (as on the server).
 */
final class MapTransactionRegistry implements TransactionSynchronizationRegistry {

    private Object key;
    private Map<Object, Object> resources;

    void begin(Object transactionKey) {
        key = transactionKey;
        resources = new HashMap<>();
    }

    void end() {
        key = null;
        resources = null;
    }

    private Map<Object, Object> resources() {
        if (resources == null) {
            throw new IllegalStateException("No transaction is active");
        }
        return resources;
    }

    @Override
    public Object getTransactionKey() {
        return key;
    }

    @Override
    public void putResource(Object resourceKey, Object value) {
        resources().put(resourceKey, value);
    }

    @Override
    public Object getResource(Object resourceKey) {
        // Outside a transaction nothing is bound: a lookup finds nothing rather than failing.
        return resources == null ? null : resources.get(resourceKey);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        throw new UnsupportedOperationException("The services under test register no synchronization");
    }

    @Override
    public int getTransactionStatus() {
        return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        throw new UnsupportedOperationException("The services under test do not mark a rollback");
    }

    @Override
    public boolean getRollbackOnly() {
        return false;
    }
}
