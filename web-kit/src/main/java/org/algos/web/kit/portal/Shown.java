package org.algos.web.kit.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How the portal writes numbers and dates: whole numbers without decimals, others to one decimal. */
public final class Shown {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Shown() {
    }

    public static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : rounded.toPlainString();
    }

    /** A change with its sign, e.g. "+2", "−10" (true minus sign), "0". */
    public static String signed(Double value) {
        if (value == null) {
            return "";
        }
        if (value > 0) {
            return "+" + number(value);
        }
        return value < 0 ? "\u2212" + number(-value) : "0";
    }

    /** Date and time in UTC as stored. */
    public static String dateTime(LocalDateTime value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    public static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
