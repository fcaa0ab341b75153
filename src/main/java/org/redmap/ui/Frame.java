package org.redmap.ui;

import javafx.scene.image.Image;
import org.redmap.render.RenderRequest;

/** A rendered picture of the map and the request it answers. */
record Frame(RenderRequest request, Image image, long renderNanos) {

    long renderMillis() {
        return Math.round(renderNanos / 1e6);
    }
}
