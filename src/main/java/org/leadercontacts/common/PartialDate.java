package org.leadercontacts.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;

/**
 * A calendar date known to a year, a month or a day, because documents say "in December 2024"
 * or "last month" as often as "February 12". Serialized as {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}.
 */
@CustomScalar("PartialDate")
@Description("A date known to the year (`2024`), the month (`2024-12`) or the day (`2025-02-12`), "
        + "as precisely as the source states it.")
public final class PartialDate implements CustomStringScalar, Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final String value;
    private final DatePrecision precision;
    private final LocalDate start;

    public PartialDate(String value) {
        Matcher matcher = value == null ? null : FORMAT.matcher(value.trim());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("\"" + GlobalId.shorten(value)
                    + "\" is not a partial date: use YYYY, YYYY-MM or YYYY-MM-DD.");
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(3) != null) {
                start = LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
                precision = DatePrecision.DAY;
            } else if (matcher.group(2) != null) {
                start = YearMonth.of(year, Integer.parseInt(matcher.group(2))).atDay(1);
                precision = DatePrecision.MONTH;
            } else {
                start = LocalDate.of(year, 1, 1);
                precision = DatePrecision.YEAR;
            }
        } catch (DateTimeException e) {
            throw new InvalidInputException("\"" + value + "\" is not a valid date: " + e.getMessage());
        }
        this.value = value.trim();
    }

    public static PartialDate parse(String value) {
        return value == null ? null : new PartialDate(value);
    }

    @Override
    public String stringValueForSerialization() {
        return value;
    }

    public DatePrecision precision() {
        return precision;
    }

    /** First day of the period. */
    public LocalDate start() {
        return start;
    }

    /** Last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date && date.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
