package org.redmap.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.redmap.model.Layer;
import org.redmap.project.MapLayers;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --layers vendor,border,legend,risk}: base layers and overlays by id, through
 * {@link MapLayers#parse}; an unknown id is a usage error that lists every known one.
 */
final class LayersConverter implements ITypeConverter<MapLayers> {

    @Override
    public MapLayers convert(String value) {
        try {
            return MapLayers.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** The base-layer ids, then the overlay ids, for the help text. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> ids = new ArrayList<>();
            Arrays.stream(Layer.values()).map(Layer::id).forEach(ids::add);
            ids.addAll(MapLayers.OVERLAY_IDS);
            ids.addAll(MapLayers.IMPORTED_OVERLAY_IDS);
            return ids.iterator();
        }
    }

    /** {@code --preset briefing}: case-insensitive. */
    static final class PresetConverter implements ITypeConverter<MapLayers.Preset> {
        @Override
        public MapLayers.Preset convert(String value) {
            try {
                return MapLayers.Preset.byName(value.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The preset names, for the help text. */
    static final class Presets implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(MapLayers.Preset.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
