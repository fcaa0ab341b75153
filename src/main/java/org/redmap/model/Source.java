package org.redmap.model;

import java.util.Objects;

/**
 * A public document a claim rests on. {@code date} is ISO 8601 and may be partial ("2019-05",
 * "2017"), because reporting is often dated only to the month.
 *
 * @param note what an analyst must know about this entry itself, or "": for example that the
 *             title was reconstructed from the URL, not copied from the headline
 */
public record Source(String title, String publisher, String date, String url, String note) {

    public Source(String title, String publisher, String date, String url) {
        this(title, publisher, date, url, "");
    }

    public Source {
        Objects.requireNonNull(title, "title");
        note = Objects.requireNonNull(note, "note").strip();
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("source date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    /** One line, as an analyst would paste it into a footnote, with the caveat on the entry when it has one. */
    public String citation() {
        return publisher + ", \"" + title + "\", " + date + ". " + url + (note.isEmpty() ? "" : " [" + note + "]");
    }
}
