package radar.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a statement says its event happened: "on June 3", "on 3 June 2025", "on Tuesday",
 * "yesterday", "overnight", "last night", the weekday and relative forms counted back from the
 * article's date. Only a day the statement pins its event to counts: "since June 3" or "by
 * Friday" is a span or a deadline, not the day of the event.
 *
 * @param date the day; without the article's date or a written year, in {@link #ANY_YEAR}
 * @param yearKnown whether the year was written or comes from the article's date
 * @param asWritten the words that say it: "on Tuesday"
 */
public record EventDay(LocalDate date, boolean yearKnown, String asWritten) {

    /** The year of a day whose year is unknown: a leap year, so that "February 29" reads. */
    static final int ANY_YEAR = 2000;
    /** Days apart from which two statements speak of different moments: a night spans two dates. */
    static final int APART_DAYS = 2;

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final Pattern ON_DATE = Pattern.compile(
            "(?i)\\bon\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?"
                    + "(?:(?<month>" + MONTHS + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>" + MONTHS + "))"
                    + "(?:,?\\s+(?<year>(?:19|20)\\d\\d))?\\b");
    private static final Pattern ON_WEEKDAY = Pattern.compile("(?i)\\bon\\s+(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?<word>yesterday|last\\s+night|overnight|tonight|today|this\\s+morning)\\b");

    public static Optional<EventDay> of(String text, Instant published) {
        LocalDate articleDay = published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate();
        Matcher date = ON_DATE.matcher(text);
        if (date.find()) {
            Month month = month(date.group("month") != null ? date.group("month") : date.group("month2"));
            int day = Integer.parseInt(date.group("day") != null ? date.group("day") : date.group("day2"));
            boolean written = date.group("year") != null;
            int year = written ? Integer.parseInt(date.group("year")) : articleDay != null ? articleDay.getYear() : ANY_YEAR;
            if (month == null || day < 1 || day > month.maxLength()) return Optional.empty();
            LocalDate d = LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year))));
            // "on December 30" in an article of January 2: last year's.
            if (!written && articleDay != null && d.isAfter(articleDay.plusDays(APART_DAYS))) d = d.minusYears(1);
            return Optional.of(new EventDay(d, written || articleDay != null, date.group().strip()));
        }
        if (articleDay == null) return Optional.empty();
        Matcher weekday = ON_WEEKDAY.matcher(text);
        if (weekday.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(weekday.group("weekday").toUpperCase(Locale.ROOT));
            return Optional.of(new EventDay(articleDay.with(TemporalAdjusters.previousOrSame(dow)), true, weekday.group()));
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.find()) {
            String word = relative.group("word").toLowerCase(Locale.ROOT);
            LocalDate d = word.equals("yesterday") ? articleDay.minusDays(1) : articleDay;
            return Optional.of(new EventDay(d, true, relative.group()));
        }
        return Optional.empty();
    }

    /** Whether the two days are clearly apart: two different moments, not one event told twice. */
    public boolean apartFrom(EventDay other) {
        LocalDate a = date, b = other.date;
        if (yearKnown != other.yearKnown) { // one year unknown: compare within the known one's year
            if (!yearKnown) a = a.withYear(b.getYear());
            else b = b.withYear(a.getYear());
        }
        return Math.abs(ChronoUnit.DAYS.between(a, b)) >= APART_DAYS;
    }

    /** "3 June 2025", or "3 June" when the year is not known. */
    public String readable() {
        String dayMonth = date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return yearKnown ? dayMonth + " " + date.getYear() : dayMonth;
    }

    private static Month month(String written) {
        String m = written.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(m.length() >= 3 ? m.substring(0, 3) : m)) return month;
        }
        return null;
    }
}
