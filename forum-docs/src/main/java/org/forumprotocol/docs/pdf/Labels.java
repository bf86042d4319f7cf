package org.forumprotocol.docs.pdf;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

import org.forumprotocol.core.i18n.Language;

/**
 * The fixed words of the documents in one working language ({@code labels_kk.properties} …). Without any
 * fallback to the server's own locale: a missing word is a build error found by the tests, not a Russian
 * word in a Korean letter.
 */
public final class Labels {
    private static final Map<Language, Labels> ALL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            ALL.put(l, new Labels(l, ResourceBundle.getBundle("org.forumprotocol.docs.pdf.labels", l.javaLocale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Labels of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The label with {0}, {1} … replaced; MessageFormat rules (a literal apostrophe is written twice). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.javaLocale()).format(arguments);
    }

    /** A day as the language writes it in full: 18 қыркүйек 2025 ж., 18 сентября 2025 г., 2025년 9월 18일. */
    public String date(java.time.LocalDate day) {
        com.ibm.icu.text.DateFormat format = com.ibm.icu.text.DateFormat.getDateInstance(com.ibm.icu.text.DateFormat.LONG,
                language.locale());
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(java.util.Date.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    /** Days from–to, shortened as the language does it (18–19 September 2025); one day if both are equal. */
    public String dates(java.time.LocalDate from, java.time.LocalDate to) {
        if (from.equals(to)) {
            return date(from);
        }
        com.ibm.icu.text.DateIntervalFormat format = com.ibm.icu.text.DateIntervalFormat.getInstance(
                com.ibm.icu.text.DateFormat.YEAR_MONTH_DAY, language.locale());
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(new com.ibm.icu.util.DateInterval(millis(from), millis(to)));
    }

    private static long millis(java.time.LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The keys every language must have; for the test that keeps the four files in step. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
