package org.redmap.app;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import org.redmap.render.Layer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --layers vendor,border,legend}: an unknown id is a usage error that lists the known ones. */
final class LayersConverter implements ITypeConverter<LayersConverter.Selection> {

    /** The layers chosen on the command line. A holder, not a collection, so the option takes one value. */
    record Selection(Set<Layer> layers) {
    }

    @Override
    public Selection convert(String value) {
        try {
            return new Selection(Layer.parse(value));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** The layer ids, for the help text. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Layer.values()).map(Layer::id).iterator();
        }
    }
}
