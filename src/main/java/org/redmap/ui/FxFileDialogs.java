package org.redmap.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;
import org.redmap.project.ExportFormat;

/** The platform's file dialogs, starting where the last one left off. */
final class FxFileDialogs implements FileDialogs {

    private static final ExtensionFilter GEOJSON = new ExtensionFilter("GeoJSON (*.geojson, *.json)", "*.geojson", "*.json");
    private static final ExtensionFilter PROJECT = new ExtensionFilter("redmap project (*.redmap.json)", "*.redmap.json");
    private static final ExtensionFilter ALL = new ExtensionFilter("All files", "*");

    private File lastFolder;

    @Override
    public Optional<Path> chooseRegionsFile(Window owner) {
        return open(owner, "Open regions (GeoJSON)", GEOJSON, ALL);
    }

    @Override
    public Optional<Path> chooseProjectFile(Window owner) {
        return open(owner, "Open project", PROJECT, new ExtensionFilter("JSON (*.json)", "*.json"), ALL);
    }

    @Override
    public Optional<Path> chooseProjectTarget(Window owner, String suggestedName) {
        return save(owner, "Save project", suggestedName, chooser -> chooser.getExtensionFilters().add(PROJECT));
    }

    @Override
    public Optional<Path> chooseCoverageTable(Window owner) {
        return open(owner, "Import coverage table (CSV)",
                new ExtensionFilter("CSV (*.csv, *.txt, *.tsv)", "*.csv", "*.txt", "*.tsv"), ALL);
    }

    @Override
    public Optional<Path> chooseCoveragePolygons(Window owner) {
        return open(owner, "Import coverage polygons (GeoJSON)", GEOJSON, ALL);
    }

    @Override
    public Optional<Path> chooseCsvTarget(Window owner, String suggestedName) {
        return save(owner, "Export CSV", suggestedName,
                chooser -> chooser.getExtensionFilters().add(new ExtensionFilter("CSV (*.csv)", "*.csv")))
                .map(p -> withExtension(p, ".csv"));
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedName, ExportFormat format) {
        return save(owner, "Export briefing", suggestedName, chooser -> {
            for (ExportFormat f : ExportFormat.values()) {
                ExtensionFilter filter = new ExtensionFilter(
                        f.extension().toUpperCase(Locale.ROOT) + " (*." + f.extension() + ")", "*." + f.extension());
                chooser.getExtensionFilters().add(filter);
                if (f == format) chooser.setSelectedExtensionFilter(filter);
            }
        });
    }

    @Override
    public Optional<Path> chooseDataFile(Window owner, String title, Optional<Path> lookIn, String fileName) {
        FileChooser chooser = chooser(title);
        // The folder it was in, when it is still there: the analyst may only have renamed the file.
        lookIn.ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        int dot = fileName.lastIndexOf('.');
        if (dot > 0) {
            String ext = fileName.substring(dot + 1);
            chooser.getExtensionFilters().add(new ExtensionFilter(ext.toUpperCase(Locale.ROOT) + " (*." + ext + ")", "*." + ext));
        }
        chooser.getExtensionFilters().add(ALL);
        chooser.setInitialFileName(fileName);
        return remember(chooser.showOpenDialog(owner));
    }

    private Optional<Path> open(Window owner, String title, ExtensionFilter... filters) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().addAll(filters);
        return remember(chooser.showOpenDialog(owner));
    }

    private Optional<Path> save(Window owner, String title, String suggestedName,
                                java.util.function.Consumer<FileChooser> filters) {
        FileChooser chooser = chooser(title);
        filters.accept(chooser);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) return Optional.empty();
        if (chosen.getParentFile() != null) lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    private static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? p : p.resolveSibling(name + extension);
    }
}
