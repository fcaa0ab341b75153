package org.redmap.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redmap.model.Layer;
import org.redmap.model.MapDocument;
import org.redmap.project.PageBox;
import org.redmap.project.PageElement;

/**
 * What the foot of a page says (the sources, the data attribution, who prepared the page and
 * when, the projection and the short id), in its bands or, for each part the analyst put
 * elsewhere, in a panel over the map. The words are the same wherever they are drawn.
 */
final class Footer {

    static final String SEPARATOR = "  ·  ";
    private static final Color GREY_INK = new Color(0x4A4A4A);
    private static final int PANEL_SOURCE_LINES = 10;

    private final RenderRequest request;

    Footer(RenderRequest request) {
        this.request = request;
    }

    String sources() {
        MapDocument doc = request.map().document();
        return SourcesFooter.text(doc, request.overlays(), request.shows(Layer.VENDOR), request.shows(Layer.SITES));
    }

    String attribution() {
        return String.join(SEPARATOR, request.map().document().attributions());
    }

    /** "Prepared by …" and the date, each when the export has one. */
    List<String> prepared() {
        Briefing b = request.briefing();
        List<String> parts = new ArrayList<>();
        if (b.author() != null) parts.add("Prepared by " + b.author());
        if (b.date() != null) parts.add(b.date());
        return parts;
    }

    /** What ties the page to how it was made: the projection and the short id of its sidecar. */
    String reproducibility() {
        Briefing b = request.briefing();
        return request.map().projection().name() + " Lambert conformal conic" + SEPARATOR
                + (b.shortId() != null ? "redmap · " + b.shortId() : "redmap");
    }

    /** Whether the prepared-by block is where the analyst put it rather than with the credits. */
    boolean preparedPlaced() {
        return request.layout().box(PageElement.PREPARED).isPresent() && !prepared().isEmpty();
    }

    /** Whether there is a prepared-by block and it rides with the credits, band or panel. */
    boolean preparedWithCredits() {
        return !preparedPlaced() && !prepared().isEmpty();
    }

    /** The right-hand part of the credits: who prepared the page (unless it is placed apart), then how it was made. */
    String creditsRight() {
        return preparedWithCredits() ? String.join(SEPARATOR, prepared()) + SEPARATOR + reproducibility() : reproducibility();
    }

    /** The parts of the foot that the analyst placed over the map, as panels. */
    List<FurnitureLayout.Furniture> panels(BandSizes sizes, java.awt.geom.Rectangle2D mapArea, LabelLayout labels) {
        List<FurnitureLayout.Furniture> panels = new ArrayList<>();
        double w = request.viewport().width();
        double h = request.viewport().height();
        Optional<PageBox> sourcesBox = request.layout().box(PageElement.SOURCES);
        if (request.briefing().sourcesFooter() && sourcesBox.isPresent()) {
            panels.add(TextPanel.place(PageElement.SOURCES, sourcesBox.get(), w, h, mapArea, 0.5,
                    List.of(new TextPanel.Paragraph(sources(), sizes.sourcesFont(), GREY_INK, PANEL_SOURCE_LINES)), labels));
        }
        Optional<PageBox> creditsBox = request.layout().box(PageElement.CREDITS);
        if (request.shows(Layer.ATTRIBUTION) && creditsBox.isPresent()) {
            List<TextPanel.Paragraph> paragraphs = new ArrayList<>();
            if (!attribution().isEmpty()) paragraphs.add(new TextPanel.Paragraph(attribution(), MapFrame.CREDIT, GREY_INK, 4));
            if (preparedWithCredits()) {
                paragraphs.add(new TextPanel.Paragraph(String.join(SEPARATOR, prepared()), MapFrame.CREDIT, GREY_INK, 2,
                        PageElement.PREPARED));
            }
            paragraphs.add(new TextPanel.Paragraph(reproducibility(), MapFrame.CREDIT, GREY_INK, 2));
            panels.add(TextPanel.place(PageElement.CREDITS, creditsBox.get(), w, h, mapArea, 0.5, paragraphs, labels));
        }
        if (preparedPlaced()) {
            List<TextPanel.Paragraph> paragraphs = prepared().stream()
                    .map(p -> new TextPanel.Paragraph(p, MapFrame.SUBTITLE, GREY_INK, 2)).toList();
            panels.add(TextPanel.place(PageElement.PREPARED, request.layout().box(PageElement.PREPARED).orElseThrow(), w, h,
                    mapArea, 0.4, paragraphs, labels));
        }
        return panels;
    }
}
