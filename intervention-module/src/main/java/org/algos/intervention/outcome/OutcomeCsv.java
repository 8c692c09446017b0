package org.algos.intervention.outcome;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.algos.domain.port.BaselineFacts;
import org.algos.intervention.catalogue.Procedure;

/**
 * The de-identified outcomes export as CSV (RFC 4180), for submission to an external registry:
 * one line per procedure and follow-up point, with no name, MRN, date or free text. A patient is a
 * pseudonym keyed for this export alone (HMAC-SHA-256 of the record's id under a random key that
 * is never stored), so two exports cannot be linked; ages are 5-year bands on the day of the
 * procedure (90 and over together); time is months since the procedure. The columns are defined
 * in docs/outcomes.md.
 */
public final class OutcomeCsv {

    public static final List<String> COLUMNS = List.of("patient", "sex", "age_band", "procedure", "family", "side",
            "levels", "follow_up_point", "followed_up", "months_after", "pain_before", "pain_now",
            "pain_reduction_percent", "nrs30", "nrs50", "function_instrument", "function_baseline", "function_score",
            "function_mcid", "baseline_pcs", "baseline_phq9", "baseline_phq9_band", "baseline_mme",
            "baseline_mme_level");

    /** Days in an average month, for months since the procedure. */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    /** Ages from this on share one band, as ages over 89 are identifying (HIPAA Safe Harbor, 45 CFR 164.514). */
    static final int OLDEST_BAND = 90;

    private final Mac pseudonyms;

    private OutcomeCsv(byte[] key) {
        try {
            pseudonyms = Mac.getInstance("HmacSHA256");
            pseudonyms.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** A new export with its own pseudonym key. */
    public static OutcomeCsv newExport() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new OutcomeCsv(key);
    }

    /**
     * Writes a whole export, slice by slice through the bean (one transaction each, nothing held
     * beyond a slice); returns the number of lines written after the header.
     *
     * @param progress told the number of procedures written so far after each slice
     */
    public static long write(OutcomeExport export, RegistryQuery range, Writer out, LongConsumer progress)
            throws IOException {
        OutcomeCsv csv = newExport();
        out.write(csv.header());
        long after = 0;
        long procedures = 0;
        long lines = 0;
        while (true) {
            OutcomeExport.Slice slice = export.slice(range, after, OutcomeExport.SLICE);
            if (slice.lastProcedureId() == 0) {
                out.flush();
                return lines;
            }
            for (OutcomeExport.Line line : slice.lines()) {
                out.write(csv.line(line));
                lines++;
            }
            procedures += slice.procedures();
            progress.accept(procedures);
            after = slice.lastProcedureId();
        }
    }

    /** For tests: an export whose pseudonyms are reproducible. */
    static OutcomeCsv withKey(byte[] key) {
        return new OutcomeCsv(key);
    }

    public String header() {
        return String.join(",", COLUMNS) + "\r\n";
    }

    public String line(OutcomeExport.Line line) {
        OutcomeExport.Done d = line.done();
        RegistryFigures.Measured m = line.measured();
        Integer painNow = m == null ? null : m.painNow();
        boolean painKnown = painNow != null && d.painBefore() != null;
        BaselineFacts.Baseline b = d.baseline();
        List<Object> values = new ArrayList<>();
        values.add(pseudonym(d.patientId()));
        values.add(d.sex());
        values.add(ageBand(Period.between(d.birthDate(), d.date()).getYears()));
        values.add(d.procedure());
        values.add(Procedure.fromCode(d.procedure()).map(p -> p.family().name()).orElse(null));
        values.add(d.side());
        values.add(d.levels() == null || d.levels().isEmpty() ? null : d.levels().replace(',', ';'));
        values.add(line.point().code());
        values.add(m == null ? "no" : "yes");
        values.add(m == null ? null : String.format(Locale.ROOT, "%.1f", m.daysAfter() / DAYS_PER_MONTH));
        values.add(d.painBefore());
        values.add(painNow);
        values.add(painKnown ? PainResponse.reductionPercent(d.painBefore(), painNow)
                .map(p -> String.format(Locale.ROOT, "%.1f", p)).orElse(null) : null);
        values.add(painKnown ? yesNo(PainResponse.atLeast30(d.painBefore(), painNow)) : null);
        values.add(painKnown ? yesNo(PainResponse.atLeast50(d.painBefore(), painNow)) : null);
        values.add(m == null ? null : m.functionInstrument());
        values.add(m == null ? null : number(m.functionBaseline()));
        values.add(m == null ? null : number(m.functionScore()));
        values.add(m == null || m.functionImproved() == null ? null : yesNo(m.functionImproved()));
        values.add(b.pcsTotal());
        values.add(b.phq9Total());
        values.add(b.phq9Band());
        values.add(number(b.mmeTotal()));
        values.add(b.mmeLevel());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? "," : "").append(field(values.get(i)));
        }
        return out.append("\r\n").toString();
    }

    String pseudonym(long patientId) {
        byte[] mac = pseudonyms.doFinal(Long.toString(patientId).getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(mac, 0, 8);
    }

    static String ageBand(int age) {
        if (age >= OLDEST_BAND) {
            return OLDEST_BAND + "+";
        }
        int from = Math.max(0, age) / 5 * 5;
        return from + "-" + (from + 4);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String number(Double d) {
        if (d == null) {
            return null;
        }
        return d == Math.rint(d) ? Long.toString(d.longValue()) : String.format(Locale.ROOT, "%.1f", d);
    }

    /** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
