package app.progression.render;

import java.util.ArrayList;
import java.util.List;

/** Text for a terminal: no line past 80 columns, later lines of a paragraph hanging under the first. */
public final class TextLayout {

    public static final int WIDTH = 80;

    private TextLayout() {
    }

    /** Breaks {@code text} at spaces; a word too long for a line (a file path, say) is cut into pieces. */
    public static void wrap(StringBuilder out, String firstPrefix, String hanging, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(firstPrefix);
        int prefixLength = firstPrefix.length();
        for (String word : words(text, WIDTH - hanging.length())) {
            if (current.length() > prefixLength && current.length() + 1 + word.length() > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(hanging);
                prefixLength = hanging.length();
            }
            if (current.length() > prefixLength) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        lines.forEach(line -> out.append(line).append('\n'));
    }

    private static List<String> words(String text, int max) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > max) {
                words.add(word.substring(0, max));
                word = word.substring(max);
            }
            words.add(word);
        }
        return words;
    }
}
