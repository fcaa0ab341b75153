package org.redmap.annotate;

import java.util.List;
import org.redmap.model.annotation.Annotation;

/**
 * Ids for new annotations: "a1", "a2", ... one above the highest in use. Counting, not random, so
 * the same drawing session saved twice gives the same project file.
 */
public final class AnnotationIds {

    private AnnotationIds() {
    }

    public static String next(List<Annotation> existing) {
        long max = 0;
        for (Annotation a : existing) {
            String id = a.id();
            if (id.length() > 1 && id.charAt(0) == 'a' && id.substring(1).chars().allMatch(Character::isDigit)) {
                try {
                    max = Math.max(max, Long.parseLong(id.substring(1)));
                } catch (NumberFormatException tooLong) {
                    // Not one of ours; it cannot clash with a short counter id.
                }
            }
        }
        return "a" + (max + 1);
    }
}
