package org.anju.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words people read for enum codes, in the caller's language ({@link LocaleContextHolder}, i.e.
 * {@code Accept-Language} or {@code lang}): the one server-side source every download uses.
 *
 * <p>Chinese is the constant's {@link Labelled#label()} (the term the import also reads back, so a
 * Chinese download re-imports); other languages come from the message {@code enum.<Type>.<CODE>}
 * (e.g. {@code enum.SafetyGrade.UNASSESSED=not assessed} in {@code messages_en.properties}), falling
 * back to the Chinese term. An enum that is not {@link Labelled} and has no message shows its code.
 */
@Component
public class EnumLabels {

    private final MessageSource messages;

    public EnumLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of a constant in the caller's language; null for null. */
    public String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String chinese = value instanceof Labelled labelled ? labelled.label() : value.name();
        Locale locale = LocaleContextHolder.getLocale();
        if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return chinese;
        }
        return messages.getMessage(key(value), null, chinese, locale);
    }

    /** The label of a stored code of {@code type}; null for null, the code itself when it is none of the type's. */
    public <E extends Enum<E>> String of(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return of(constant);
            }
        }
        return code;
    }

    /** The labels of several codes of {@code type}, in their order. */
    public <E extends Enum<E>> List<String> of(Class<E> type, Collection<?> codes) {
        List<String> labels = new ArrayList<>(codes.size());
        for (Object code : codes) {
            labels.add(of(type, code == null ? null : code.toString()));
        }
        return labels;
    }

    /** The message key of a constant's label: {@code enum.<simple class name>.<code>}. */
    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
