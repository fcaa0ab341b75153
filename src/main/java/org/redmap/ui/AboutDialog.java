package org.redmap.ui;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.redmap.model.MapDocument;
import org.redmap.model.Source;

/** Help → About and sources: whose data this is, which reporting it rests on, and the font licence. */
final class AboutDialog {

    static final String FONT_NOTE = "Map lettering uses the DejaVu fonts (derived from Bitstream Vera; free licence "
            + "permitting redistribution with software). The full licence ships with redmap as "
            + "org/redmap/render/fonts/LICENSE-DejaVu.txt.";

    private AboutDialog() {
    }

    static Alert create(Window owner, MapDocument doc) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About redmap");
        alert.setHeaderText("redmap: who built Mexico's Red Compartida");
        alert.getDialogPane().setId("aboutDialog");
        TextArea text = new TextArea(text(doc));
        text.setId("aboutText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(620, 380);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        return alert;
    }

    static String text(MapDocument doc) {
        StringBuilder out = new StringBuilder();
        out.append("A map viewer for analysts: which equipment vendor is credited with which part of the network, "
                + "on what basis and from which public sources.\n\nDATA\n");
        if (doc == null) {
            out.append("The map is still loading.\n");
        } else {
            doc.attributions().forEach(a -> out.append("• ").append(a).append('\n'));
            out.append("• Regions shown: ").append(doc.regionsSource()).append('\n');
            Set<Source> sources = new LinkedHashSet<>();
            doc.regions().forEach(r -> sources.addAll(InspectorText.sources(r)));
            sources.addAll(InspectorText.sources(doc));
            out.append("\nSOURCES CITED (").append(sources.size()).append(")\n");
            sources.forEach(s -> out.append("• ").append(s.citation()).append('\n'));
        }
        out.append("\nFONTS\n").append(FONT_NOTE).append('\n');
        return out.toString();
    }
}
