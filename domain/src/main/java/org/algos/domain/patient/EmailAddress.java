package org.algos.domain.patient;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The check an e-mail address passes before the clinic stores it: the common form
 * {@code local@domain.tld} (RFC 5321 lengths: local part ≤ 64, whole ≤ 254; a host name of
 * letters, digits and hyphens; a top-level name of letters). Quoted local parts and address
 * literals are legal but not what patients type, and a mistyped address is worse than a refused
 * one: the reminder would go to a stranger.
 */
public final class EmailAddress {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}");

    private EmailAddress() {
    }

    /** The address as stored (trimmed, domain in lower case), or why it is refused. */
    public static Result check(String typed) {
        String value = typed.strip();
        int at = value.lastIndexOf('@');
        if (value.length() > PatientContact.MAX_EMAIL) {
            return Result.refused("is longer than " + PatientContact.MAX_EMAIL + " characters");
        }
        if (at <= 0 || at == value.length() - 1 || value.indexOf('@') != at) {
            return Result.refused("must look like name@example.org");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return Result.refused("has a part before @ that is not a valid mailbox name");
        }
        String[] labels = domain.split("\\.", -1);
        boolean hostOk = labels.length >= 2 && TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
        for (String label : labels) {
            hostOk &= LABEL.matcher(label).matches();
        }
        if (!hostOk) {
            return Result.refused("has a domain after @ that is not a valid host name, such as example.org");
        }
        return new Result(Optional.of(local + "@" + domain.toLowerCase(Locale.ROOT)), null);
    }

    /** Either the address to store or the reason it was refused. */
    public record Result(Optional<String> address, String reason) {
        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
