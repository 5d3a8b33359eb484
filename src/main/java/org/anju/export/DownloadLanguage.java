package org.anju.export;

import java.util.Locale;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language of a download named in its address, {@code lang=zh-CN} or {@code lang=en}. A browser
 * follows a page's download link with its own {@code Accept-Language}, not with the language chosen
 * on the page; the page adds {@code lang} so that the file's headers and words follow the page.
 * Without {@code lang} the request's locale stays ({@code Accept-Language}, zh-CN by default).
 */
public final class DownloadLanguage {

    /** The query parameter, for {@code @ReadsQueryParameters}. */
    public static final String PARAMETER = "lang";

    private DownloadLanguage() {
    }

    /**
     * Makes {@code lang} the locale of the rest of this request ({@link LocaleContextHolder}, which
     * Spring resets when the request ends); nothing when {@code lang} is null or blank.
     *
     * @return the locale the download is written in
     * @throws InvalidInputException (400) when {@code lang} is neither Chinese nor English
     */
    public static Locale apply(String lang) {
        if (lang == null || lang.isBlank()) {
            return LocaleContextHolder.getLocale();
        }
        Locale asked = Locale.forLanguageTag(lang.strip());
        Locale locale = switch (asked.getLanguage()) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw InvalidInputException.badRequest(
                    new FieldProblem(PARAMETER, lang, "enum.unknown", "[zh-CN, en]"));
        };
        LocaleContextHolder.setLocale(locale);
        return locale;
    }
}
