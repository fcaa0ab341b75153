package org.redmap.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.redmap.export.ExportFormat;

/** The platform's file dialogs, starting where the last one left off. */
final class FxFileDialogs implements FileDialogs {

    private File lastFolder;

    @Override
    public Optional<Path> chooseRegionsFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open regions (GeoJSON)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("GeoJSON (*.geojson, *.json)", "*.geojson", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseProjectFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open project");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("redmap project (*.redmap.json)", "*.redmap.json"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseProjectTarget(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("redmap project (*.redmap.json)", "*.redmap.json"));
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseCoverageTable(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import coverage table (CSV)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV (*.csv, *.txt, *.tsv)", "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseCoveragePolygons(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import coverage polygons (GeoJSON)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("GeoJSON (*.geojson, *.json)", "*.geojson", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseCsvTarget(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        return remember(chooser.showSaveDialog(owner)).map(p -> withExtension(p, ".csv"));
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedName, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export briefing");
        for (ExportFormat f : ExportFormat.values()) {
            FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(
                    f.extension().toUpperCase(Locale.ROOT) + " (*." + f.extension() + ")", "*." + f.extension());
            chooser.getExtensionFilters().add(filter);
            if (f == format) chooser.setSelectedExtensionFilter(filter);
        }
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        return remember(chooser.showSaveDialog(owner));
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
