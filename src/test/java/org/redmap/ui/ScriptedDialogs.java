package org.redmap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.redmap.project.ExportFormat;

/** File dialogs that answer what the test says, since native dialogs cannot be driven headless. */
final class ScriptedDialogs implements FileDialogs {

    volatile Path toOpen;
    volatile Path toSave;
    volatile Path toImport;
    volatile Path toSaveCsv;
    volatile Path toImportPolygons;
    /** The property to answer with; null answers Cancel. */
    volatile String property;
    /** What the last property question offered, and which it suggested. */
    volatile List<String> offeredProperties;
    volatile String suggestedProperty;
    volatile Path toOpenProject;
    volatile Path toSaveProject;
    /** The answer to "where is this data file now?"; null answers Cancel. */
    volatile Path toLocate;
    /** What the last such question said, and the folder it started in. */
    volatile String locateTitle;
    volatile Optional<Path> locateIn;

    @Override
    public Optional<Path> chooseRegionsFile(Window owner) {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseProjectFile(Window owner) {
        return Optional.ofNullable(toOpenProject);
    }

    @Override
    public Optional<Path> chooseProjectTarget(Window owner, String suggestedName) {
        return Optional.ofNullable(toSaveProject);
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedName, ExportFormat format) {
        return Optional.ofNullable(toSave);
    }

    @Override
    public Optional<Path> chooseCoverageTable(Window owner) {
        return Optional.ofNullable(toImport);
    }

    @Override
    public Optional<Path> chooseCsvTarget(Window owner, String suggestedName) {
        return Optional.ofNullable(toSaveCsv);
    }

    @Override
    public Optional<Path> chooseDataFile(Window owner, String title, Optional<Path> lookIn, String fileName) {
        locateTitle = title;
        locateIn = lookIn;
        return Optional.ofNullable(toLocate);
    }

    @Override
    public Optional<Path> chooseCoveragePolygons(Window owner) {
        return Optional.ofNullable(toImportPolygons);
    }

    @Override
    public Optional<String> chooseProperty(Window owner, String fileName, List<String> properties, String suggested) {
        offeredProperties = List.copyOf(properties);
        suggestedProperty = suggested;
        return Optional.ofNullable(property);
    }
}
