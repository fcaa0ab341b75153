package org.redmap.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.redmap.export.ExportFormat;

/** File dialogs that answer what the test says, since native dialogs cannot be driven headless. */
final class ScriptedDialogs implements FileDialogs {

    volatile Path toOpen;
    volatile Path toSave;
    volatile Path toImport;
    volatile Path toSaveCsv;
    volatile Path toOpenProject;
    volatile Path toSaveProject;

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
}
