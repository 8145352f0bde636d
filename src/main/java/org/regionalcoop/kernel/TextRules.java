package org.regionalcoop.kernel;

import java.util.Optional;

/**
 * What text the platform takes in, from staff over HTTP and from participants' systems over Kafka alike.
 * PostgreSQL cannot store U+0000 and the engine writes variables into XML, which cannot hold the other
 * C0 controls, U+FFFE, U+FFFF or a surrogate without its pair: such text is refused where it enters,
 * naming the field, rather than failing half-way through a transaction. The longest text any field takes
 * is {@link #LONGEST}; each field's own limit is listed in {@code docs/text-limits.md}.
 */
public final class TextRules {

    /** Names and titles: an agreement's title, a project's, a milestone's. */
    public static final int NAME = 200;
    /** Descriptions and a revision's reason. */
    public static final int DESCRIPTION = 1000;
    /** Free text: rules, comments, reasons, conditions; also the limit of any other string of a request. */
    public static final int LONGEST = 4000;

    private TextRules() {
    }

    /** Why this text cannot be taken in, if it cannot; {@code null} counts as no text. */
    public static Optional<String> unstorable(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate (" + codePoint(c) + ") at position " + i);
            } else if (!storable(c)) {
                return Optional.of("contains the character " + codePoint(c) + " at position " + i
                        + ", which cannot be stored");
            }
        }
        return Optional.empty();
    }

    /** Why this text is refused: a character that cannot be stored, or more than {@code maxLength} characters. */
    public static Optional<String> problem(String text, int maxLength) {
        Optional<String> unstorable = unstorable(text);
        if (unstorable.isPresent() || text == null || text.length() <= maxLength) {
            return unstorable;
        }
        return Optional.of(tooLong(maxLength));
    }

    public static String tooLong(int maxLength) {
        return "is longer than " + maxLength + " characters";
    }

    private static boolean storable(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
