package org.redmap.render;

import java.awt.Font;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.LabelNames;
import org.redmap.project.LabelEdit;

/**
 * Places the labels the analyst dragged before any automatic one, so the automatic labels make
 * room for them. A dragged label keeps its text (or the analyst's), at the region font for a
 * region and the point fonts for cities and sites; a label of a layer that is off is not drawn.
 */
final class DraggedLabels {

    private record Target(Coordinate anchor, List<String> text, Font font) {
    }

    private DraggedLabels() {
    }

    static void place(Labeller labeller, ProjectedMap map, Viewport viewport, LabelNames names, boolean sites,
                      boolean cities) {
        for (LabelEdit edit : labeller.edits().moved()) {
            Optional<Target> target = switch (edit.kind()) {
                case REGION -> map.region(edit.featureId())
                        .map(i -> new Target(map.regions().labelPoint(i), List.of(i.value().name()), Labeller.REGION));
                case CITY -> cities ? city(map, names, edit.featureId()) : Optional.empty();
                case SITE -> sites ? site(map, edit.featureId()) : Optional.empty();
            };
            target.ifPresent(t -> {
                Coordinate at = map.projection().project(edit.at().get().lon(), edit.at().get().lat());
                List<String> text = labeller.edits().text(edit.kind(), edit.featureId()).orElse(t.text());
                labeller.placeDragged(edit.kind(), edit.featureId(), text, t.font(), viewport.toScreenX(at.x),
                        viewport.toScreenY(at.y), viewport.toScreenX(t.anchor().x), viewport.toScreenY(t.anchor().y));
            });
        }
    }

    private static Optional<Target> city(ProjectedMap map, LabelNames names, String id) {
        for (int i = 0; i < map.cityPositions().size(); i++) {
            if (map.city(i).id().equals(id)) {
                return Optional.of(new Target(map.cityPositions().get(i), List.of(names.cityLabel(map.city(i))), Labeller.CITY));
            }
        }
        return Optional.empty();
    }

    private static Optional<Target> site(ProjectedMap map, String id) {
        for (int i = 0; i < map.sitePositions().size(); i++) {
            if (map.site(i).id().equals(id)) {
                return Optional.of(new Target(map.sitePositions().get(i), List.of(PlacePainter.siteLabel(map.site(i))), Labeller.SITE));
            }
        }
        return Optional.empty();
    }
}
