package org.algos.domain.testkit;

import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.CallerContext;
import org.algos.domain.user.Caller;

/** The signed-in caller as a test chooses it, instead of the security context and the user directory. */
public final class FixedCaller extends CallerContext {

    private Caller caller;

    public void set(Caller who) {
        caller = who;
    }

    @Override
    public Caller current() {
        if (caller == null) {
            throw new AccessDeniedException("Sign in first."); // as CallerContext without a principal
        }
        return caller;
    }
}
