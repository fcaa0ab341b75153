package org.redmap.render;

import org.redmap.model.Layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.redmap.geo.ProjectedLayer.Item;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.io.LabelNamesReader;
import org.redmap.model.Basis;
import org.redmap.model.ContextArea;
import org.redmap.model.LabelNames;
import org.redmap.model.MapDocument;
import org.redmap.model.TaggedRegion;
import org.redmap.project.PageElement;

/**
 * Draws a whole map, every layer and all the furniture, into any {@link Graphics2D}: the window's
 * frame, a PNG, an SVG or a PDF page all come from here, so what the analyst sees is what is
 * exported. Immutable and thread-safe: the window renders on a background thread.
 */
public final class MapRenderer {

    static final Color SEA = new Color(0xDDE7EF);
    static final Color LAND = new Color(0xF3F1EC);
    static final Color LAND_EDGE = new Color(0xBDB8AE);

    private final AnnotationPainter annotations = new AnnotationPainter();
    private final LabelNames names;

    /** Labels with the abbreviations and common city names that ship with redmap. */
    public MapRenderer() {
        this(BundledNames.NAMES);
    }

    public MapRenderer(LabelNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /** Space the fitted map leaves for the bands and a little air, in logical pixels. */
    public static Viewport.Insets fitInsets(Set<Layer> layers) {
        return withAir(frameInsets(layers));
    }

    /** The same for a page of this size with a briefing's banners and footer, which grow with the page. */
    public static Viewport.Insets fitInsets(Set<Layer> layers, Briefing briefing, double width, double height) {
        return withAir(frameInsets(layers, briefing, width, height));
    }

    /** The same for a composed page. */
    public static Viewport.Insets fitInsets(Set<Layer> layers, Briefing briefing, org.redmap.project.PageLayout layout,
                                            double width, double height) {
        return withAir(frameInsets(layers, briefing, layout, width, height));
    }

    private static Viewport.Insets withAir(Viewport.Insets frame) {
        return new Viewport.Insets(frame.top() + 18, 18, frame.bottom() + 18, 18);
    }

    /**
     * The bands the frame takes (title on top, credits below) in logical pixels: the map shows
     * between them. Lets a caller keep the same map area when the picture changes size.
     */
    public static Viewport.Insets frameInsets(Set<Layer> layers) {
        return new Viewport.Insets(MapFrame.top(layers.contains(Layer.TITLE)), 0,
                MapFrame.bottom(layers.contains(Layer.ATTRIBUTION)), 0);
    }

    /** The same for a page of this size with a briefing's banners and footer, which grow with the page. */
    public static Viewport.Insets frameInsets(Set<Layer> layers, Briefing briefing, double width, double height) {
        return frameInsets(layers, briefing, org.redmap.project.PageLayout.AUTOMATIC, width, height);
    }

    /** The same for a composed page: a band whose element the analyst placed over the map is the map's. */
    public static Viewport.Insets frameInsets(Set<Layer> layers, Briefing briefing, org.redmap.project.PageLayout layout,
                                              double width, double height) {
        BandSizes sizes = BandSizes.of(width, height);
        FrameBands bands = FrameBands.of(layers, briefing, layout);
        return new Viewport.Insets(bands.top(sizes), 0, bands.bottom(sizes), 0);
    }

    /** Renders into a new RGB image of the request's pixel size. */
    public BufferedImage render(RenderRequest request) {
        return renderPage(request).image();
    }

    /** An image and where its labels and elements are, from one drawing: what the page view shows and edits. */
    public record Rendered(BufferedImage image, DrawnPage page) {
    }

    public Rendered renderPage(RenderRequest request) {
        BufferedImage image = new BufferedImage(request.pixelWidth(), request.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(request.pixelScale(), request.pixelScale());
            return new Rendered(image, draw(g, request, Output.RASTER));
        } finally {
            g.dispose();
        }
    }

    /**
     * The labels this request's picture shows, as {@link #draw} places them, without keeping the
     * picture: for checking the label set, and for the window to find a label under the pointer.
     */
    public List<PlacedLabel> labels(RenderRequest request) {
        return page(request).labels();
    }

    /** Where this request's picture puts its labels and page elements, without keeping the picture. */
    public DrawnPage page(RenderRequest request) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.scale(request.pixelScale(), request.pixelScale());
            g.clip(new Rectangle2D.Double(0, 0, 0, 0));
            return draw(g, request, Output.RASTER);
        } finally {
            g.dispose();
        }
    }

    /**
     * Draws in logical pixels: the caller has already scaled {@code g} to its device. Vector
     * exporters pass {@link Output#VECTOR} so that nothing is drawn as an image.
     *
     * @return the labels drawn, in the order they were placed (most important first), and the page's elements
     */
    public DrawnPage draw(Graphics2D g, RenderRequest request, Output output) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

        ProjectedMap map = request.map();
        MapDocument doc = map.document();
        Viewport viewport = request.viewport();
        ScreenShapes shapes = new ScreenShapes(viewport);
        VendorPalette palette = VendorPalette.forVendors(doc.vendors());
        Envelope world = viewport.visibleWorld();
        double width = viewport.width();
        double height = viewport.height();
        Briefing briefing = request.briefing();
        BandSizes sizes = BandSizes.of(width, height);
        Rectangle2D mapArea = mapArea(request);

        g.setColor(SEA);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        if (request.shows(Layer.CONTEXT)) drawContext(g, map, world, viewport, shapes);

        List<Item<TaggedRegion>> visibleRegions = map.regions().visible(world);
        RegionPainter regionPainter = new RegionPainter(palette, output);
        if (request.shows(Layer.VENDOR)) {
            regionPainter.paint(g, map.regions(), visibleRegions, viewport, shapes);
        } else {
            regionPainter.paintPlain(g, map.regions(), visibleRegions, viewport, shapes);
        }
        new OverlayPainter(output).paint(g, request.overlays(), map.regions(), visibleRegions, viewport, shapes);
        if (request.shows(Layer.VENDOR) && VendorEdges.shown(request.overlays())) {
            regionPainter.paintVendorEdges(g, map.regions(), visibleRegions, viewport, shapes);
        }
        regionPainter.highlight(g, map.regions(), visibleRegions, viewport, shapes, request.hoveredId(), request.selectedId());

        if (request.shows(Layer.BORDER)) {
            for (Geometry border : map.borders()) {
                if (border.getEnvelopeInternal().intersects(world)) Symbols.borderLine(g, shapes.shape(border));
            }
        }

        LabelLayout layout = new LabelLayout(mapArea);
        List<FurnitureLayout.Furniture> furniture = new ArrayList<>();
        LegendPanel legend = placeFurniture(request, palette, output, mapArea, layout, furniture);
        if (request.shows(Layer.ANNOTATIONS)) annotations.reserveSpace(layout, map, viewport, doc.annotations());
        Labeller labeller = new Labeller(layout, LabelEdits.of(request.layout()));
        boolean labels = request.shows(Layer.LABELS);
        if (labels) DraggedLabels.place(labeller, map, viewport, names, request.shows(Layer.SITES), request.shows(Layer.CITIES));
        // Space is claimed in order of importance: site markers, metropolis dots, site labels, then
        // smaller towns, which give way wherever they would collide; then names.
        PlacePainter places = new PlacePainter(map, viewport, shapes, layout, labeller, names, mapArea,
                request.shows(Layer.SITES), request.shows(Layer.CITIES));
        places.drawCities(g, true);
        if (labels) places.labelSites();
        places.drawCities(g, false);
        places.drawSites(g, palette);
        if (labels) {
            // Region names before city names: a region's name has to fit inside it, a city's label
            // can go on any side of its dot, so the less flexible label chooses first.
            new RegionLabels(labeller, names).place(map, visibleRegions, viewport);
            places.labelCities(true);
            places.labelCities(false);
            labeller.draw(g);
        }
        // Over the labels (the analyst's marks are the point of a briefing), under the legend and bands.
        if (request.shows(Layer.ANNOTATIONS)) annotations.paint(g, map, viewport, doc.annotations(), request.selectedAnnotationId());

        List<DrawnPage.Item> elements = new ArrayList<>();
        for (FurnitureLayout.Furniture f : furniture) {
            f.draw(g);
            elements.addAll(f.items());
        }
        elements.addAll(drawFrame(g, request, doc, width, height, sizes));
        return new DrawnPage(labeller.placed(), elements, legend.report());
    }

    /**
     * Whether this request's legend holds every row, as {@link #draw} lays it out, without drawing
     * the map: an export checks it before it draws anything.
     */
    public LegendReport legend(RenderRequest request) {
        Rectangle2D mapArea = mapArea(request);
        VendorPalette palette = VendorPalette.forVendors(request.map().document().vendors());
        return placeFurniture(request, palette, Output.RASTER, mapArea, new LabelLayout(mapArea), new ArrayList<>()).report();
    }

    /** Between the bands of the page's frame (marking, title, sources, credits). */
    private static Rectangle2D mapArea(RenderRequest request) {
        double width = request.viewport().width();
        double height = request.viewport().height();
        BandSizes sizes = BandSizes.of(width, height);
        FrameBands bands = FrameBands.of(request);
        double top = bands.top(sizes);
        double bottom = height - bands.bottom(sizes);
        return new Rectangle2D.Double(0, top, width, bottom - top);
    }

    /**
     * The north arrow, locator, scale bar, title and footer panels and, around them, the legend, into {@code furniture};
     * each keeps labels off itself in {@code layout}.
     */
    private static LegendPanel placeFurniture(RenderRequest request, VendorPalette palette, Output output,
                                              Rectangle2D mapArea, LabelLayout layout,
                                              List<FurnitureLayout.Furniture> furniture) {
        furniture.addAll(FurnitureLayout.place(request, palette, output, mapArea, layout));
        if (request.shows(Layer.TITLE)) {
            request.layout().box(PageElement.TITLE).ifPresent(b -> furniture.add(TitlePanel.place(request, b, mapArea,
                    request.map().document().title(), subtitle(request), layout)));
        }
        furniture.addAll(new Footer(request).panels(BandSizes.of(request.viewport().width(), request.viewport().height()), mapArea,
                layout));
        List<Rectangle2D> obstacles = LegendPanel.annotationBoxes(request);
        furniture.forEach(f -> f.items().forEach(i -> obstacles.add(i.box())));
        LegendPanel legend = LegendPanel.place(request, palette, output, mapArea, layout, obstacles);
        legend.furniture().ifPresent(furniture::add);
        return legend;
    }

    private static List<DrawnPage.Item> drawFrame(Graphics2D g, RenderRequest request, MapDocument doc, double width,
                                                  double height, BandSizes sizes) {
        List<DrawnPage.Item> items = new ArrayList<>();
        Briefing briefing = request.briefing();
        FrameBands bands = FrameBands.of(request);
        Footer footer = new Footer(request);
        double banner = bands.banner(sizes);
        if (bands.title()) {
            MapFrame.drawTitle(g, banner, width, doc.title(), subtitle(request));
            items.add(new DrawnPage.Item(PageElement.TITLE, new Rectangle2D.Double(0, banner, width, MapFrame.TITLE_BAND)));
        }
        double y = height - banner;
        if (bands.credits()) {
            y -= MapFrame.CREDIT_BAND;
            String right = footer.creditsRight();
            MapFrame.drawCredits(g, y, width, footer.attribution(), right);
            items.add(new DrawnPage.Item(PageElement.CREDITS, new Rectangle2D.Double(0, y, width, MapFrame.CREDIT_BAND)));
            if (footer.preparedWithCredits()) {
                // The prepared-by block leads the right-hand credits: it can be taken from there.
                double x = width - MapFrame.MARGIN - TextPainter.width(right, MapFrame.CREDIT);
                double w = TextPainter.width(String.join(Footer.SEPARATOR, footer.prepared()), MapFrame.CREDIT);
                items.add(new DrawnPage.Item(PageElement.PREPARED, new Rectangle2D.Double(x - 2, y, w + 4, MapFrame.CREDIT_BAND)));
            }
        }
        if (bands.sources()) {
            y -= sizes.sourcesBand();
            MapFrame.drawSources(g, y, width, footer.sources(), sizes);
            items.add(new DrawnPage.Item(PageElement.SOURCES, new Rectangle2D.Double(0, y, width, sizes.sourcesBand())));
        }
        briefing.marking().ifPresent(m -> {
            MapFrame.drawBanner(g, 0, width, m, sizes);
            MapFrame.drawBanner(g, height - banner, width, m, sizes);
            items.add(new DrawnPage.Item(PageElement.MARKING, new Rectangle2D.Double(0, 0, width, banner)));
            items.add(new DrawnPage.Item(PageElement.MARKING, new Rectangle2D.Double(0, height - banner, width, banner)));
        });
        return items;
    }

    private static String subtitle(RenderRequest request) {
        Briefing briefing = request.briefing();
        return briefing.subtitle() != null ? briefing.subtitle() : subtitle(request.map().document(), request.overlays());
    }

    private static String subtitle(MapDocument doc, List<Overlay> overlays) {
        long inferred = doc.regions().stream().filter(r -> r.assignment().map(a -> a.basis() == Basis.INFERRED).orElse(false)).count();
        String basis = inferred == doc.regions().size() && inferred > 0
                ? "Every regional vendor is inferred from public reporting, not reported for the region itself."
                : inferred > 0 ? inferred + " of " + doc.regions().size() + " regional vendors are inferred from public reporting."
                : "Vendors as reported.";
        String modelled = overlays.stream().filter(Overlay::modelled).map(Overlay::title)
                .collect(java.util.stream.Collectors.joining(", "));
        return "Who built the radio network, by region (" + doc.regionsSource() + "). " + basis
                + (modelled.isEmpty() ? "" : " MODELLED, not reported: " + modelled + ".");
    }

    private void drawContext(Graphics2D g, ProjectedMap map, Envelope world, Viewport viewport, ScreenShapes shapes) {
        Path2D land = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (Item<ContextArea> item : map.context().visible(world)) {
            land.append(shapes.shape(map.context().simplified(item, viewport.metresPerPixel())), false);
        }
        g.setColor(LAND);
        g.fill(land);
        g.setColor(LAND_EDGE);
        g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(land);
    }

    /** The bundled label names, read once: they are part of the application, like its fonts. */
    private static final class BundledNames {
        static final LabelNames NAMES = read();

        private static LabelNames read() {
            try {
                return new LabelNamesReader().bundled();
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled label names cannot be read", e);
            }
        }
    }
}
