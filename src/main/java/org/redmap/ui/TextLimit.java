package org.redmap.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import org.redmap.model.TextRules;

/**
 * Keeps what is typed or pasted into a field within its {@link TextRules}: control characters are
 * left out and text past the limit is not taken, each time with a notice saying so, so the analyst
 * never finds an export refused (or a title cut) for something the field let in.
 */
final class TextLimit {

    private TextLimit() {
    }

    static void apply(TextInputControl field, TextRules rules, Consumer<String> notice) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            Admitted admitted = admit(change.getControlText().length() - (change.getRangeEnd() - change.getRangeStart()),
                    change.getText(), rules);
            if (!admitted.text().equals(change.getText())) {
                change.setText(admitted.text());
                notice.accept(admitted.notice());
            }
            return change;
        }));
    }

    /** What of an insertion a field takes, and what to tell the analyst about the rest. */
    record Admitted(String text, String notice) {
    }

    /**
     * @param kept     how many characters of the field stay beside the insertion
     * @param inserted what is typed or pasted
     */
    static Admitted admit(int kept, String inserted, TextRules rules) {
        String clean = rules.strip(inserted);
        String notice = clean.equals(inserted) ? ""
                : "Control characters were left out of the " + rules.label() + ": no export can carry them.";
        int room = Math.max(0, rules.limit() - kept);
        if (clean.length() > room) {
            int cut = room > 0 && Character.isHighSurrogate(clean.charAt(room - 1)) ? room - 1 : room;
            clean = clean.substring(0, cut);
            notice = String.format(Locale.ROOT, "The %s holds at most %,d characters: the rest was not taken.",
                    rules.label(), rules.limit());
        }
        return new Admitted(clean, notice);
    }
}
