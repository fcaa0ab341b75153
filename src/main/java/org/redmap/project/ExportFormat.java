package org.redmap.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The file formats a map exports to, chosen by the file's extension. */
public enum ExportFormat {
    PNG("png", "image/png", false),
    SVG("svg", "image/svg+xml", true),
    PDF("pdf", "application/pdf", true);

    private final String extension;
    private final String mediaType;
    private final boolean vector;

    ExportFormat(String extension, String mediaType, boolean vector) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.vector = vector;
    }

    /** The extension without the dot, lower case: {@code png}. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Shapes and text rather than pixels. */
    public boolean isVector() {
        return vector;
    }

    /**
     * The format named by the path's extension, in any case ({@code map.PDF} is PDF). An unknown
     * or missing extension is an error that lists the supported ones.
     */
    public static ExportFormat fromPath(Path path) {
        Path name = path.getFileName();
        String file = name == null ? "" : name.toString();
        int dot = file.lastIndexOf('.');
        String extension = dot > 0 ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension)) return format;
        }
        String problem = extension.isEmpty() ? "has no file extension" : "has an unsupported extension '." + extension + "'";
        throw new IllegalArgumentException("cannot export to " + path + ": the file name " + problem
                + "; supported: " + supported());
    }

    /** ".png, .svg, .pdf" */
    public static String supported() {
        List<String> names = new ArrayList<>();
        for (ExportFormat format : values()) names.add("." + format.extension);
        return String.join(", ", names);
    }
}
