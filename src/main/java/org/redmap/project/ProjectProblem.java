package org.redmap.project;

/**
 * Something in a project that does not fit its data (an override of a region the regions file
 * lacks, a weight for an unknown risk factor, a data file that cannot be read), with the JSON
 * pointer of the project value it comes from. {@link ProjectFile#open} turns it into a
 * {@link ProjectException} with the file, line and column; the window can show it as is.
 */
public final class ProjectProblem extends Exception {

    private final String pointer;
    private final String reason;

    public ProjectProblem(String pointer, String reason, Throwable cause) {
        super(pointer.isEmpty() ? reason : pointer + ": " + reason, cause);
        this.pointer = pointer;
        this.reason = reason;
    }

    public ProjectProblem(String pointer, String reason) {
        this(pointer, reason, null);
    }

    public String pointer() {
        return pointer;
    }

    public String reason() {
        return reason;
    }
}
