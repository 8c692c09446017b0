package org.algos.web.kit.api;

import java.io.IOException;

/** A request body that passed the size limit while it was read; answered 413. */
public final class BodyTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    public BodyTooLarge(long limit) {
        super("The body is larger than " + limit + " bytes.");
    }
}
