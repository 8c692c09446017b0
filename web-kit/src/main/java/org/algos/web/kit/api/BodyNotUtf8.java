package org.algos.web.kit.api;

import java.io.IOException;

/** A request body with bytes that are not UTF-8; answered 400 on the field "body". */
public final class BodyNotUtf8 extends IOException {

    private static final long serialVersionUID = 1L;

    public BodyNotUtf8() {
        super("The body is not valid UTF-8.");
    }
}
