package com.tradesense.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs side effects (mail, cache eviction) only once the surrounding transaction has committed. */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code action} after the current transaction commits, or now when no transaction is active. */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
