package org.redmap.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.redmap.render.Layer;

/** The left-hand panel: one checkbox per map layer, in drawing order, kept in step with the state. */
final class LayerPanel extends VBox {

    private final Map<Layer, CheckBox> boxes = new EnumMap<>(Layer.class);

    LayerPanel(MapState state) {
        setId("layers");
        getStyleClass().addAll("side-panel", "layer-panel");
        setSpacing(7);
        setPadding(new Insets(14));
        Label heading = new Label("Layers");
        heading.getStyleClass().add("section-heading");
        getChildren().add(heading);
        for (Layer layer : Layer.values()) {
            CheckBox box = new CheckBox(layer.label());
            box.setId("layer-" + layer.id());
            box.setSelected(state.layers().contains(layer));
            box.selectedProperty().addListener((o, was, on) -> state.setLayer(layer, on));
            boxes.put(layer, box);
            getChildren().add(box);
        }
        state.layersProperty().addListener((o, a, now) -> sync(now));
    }

    private void sync(Set<Layer> shown) {
        boxes.forEach((layer, box) -> box.setSelected(shown.contains(layer)));
    }
}
