package org.redmap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.redmap.project.ExportFormat;

/** Asks the user for files. An interface so tests can answer without a native dialog. */
interface FileDialogs {

    Optional<Path> chooseRegionsFile(Window owner);

    /** A project file ({@code *.redmap.json}) to open. */
    Optional<Path> chooseProjectFile(Window owner);

    /** Where to save a project, suggesting {@code suggestedName}. */
    Optional<Path> chooseProjectTarget(Window owner, String suggestedName);

    /** Where to write a briefing export, offering {@code format} first. */
    Optional<Path> chooseExportTarget(Window owner, String suggestedName, ExportFormat format);

    /** A coverage table to import (CSV). */
    Optional<Path> chooseCoverageTable(Window owner);

    /** Where to write a CSV export. */
    Optional<Path> chooseCsvTarget(Window owner, String suggestedName);

    /**
     * A data file a project or recovery names but that is not there any more: where it is now.
     *
     * @param title    says which file is looked for
     * @param lookIn   the folder to start in, if one is known to exist
     * @param fileName the name it had
     */
    Optional<Path> chooseDataFile(Window owner, String title, Optional<Path> lookIn, String fileName);

    /** A GeoJSON file of coverage polygons (cells, footprints) to import. */
    default Optional<Path> chooseCoveragePolygons(Window owner) {
        return chooseRegionsFile(owner);
    }

    /**
     * Which numeric property of an imported file to draw; {@code suggested} is selected first.
     * Not a file, but asked at the same step of the same import, so tests script it here too.
     */
    default Optional<String> chooseProperty(Window owner, String fileName, List<String> properties, String suggested) {
        return PropertyDialog.choose(owner, fileName, properties, suggested);
    }
}
