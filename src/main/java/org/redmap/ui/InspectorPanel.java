package org.redmap.ui;

import org.redmap.project.OverlayIds;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.redmap.analysis.MapAnalysis;
import org.redmap.model.Assignment;
import org.redmap.model.MapDocument;
import org.redmap.model.NotablePlace;
import org.redmap.model.Source;
import org.redmap.model.TaggedRegion;
import org.redmap.model.TextRules;
import org.redmap.model.Vendor;
import org.redmap.render.VendorPalette;

/**
 * The inspector: what the selection is said to be and why, with every source as text the analyst
 * can select and paste, a button for the citations, and the analyst's override; for a region also
 * its coverage and its risk score, factor by factor, each with its source or assumption. With
 * nothing selected it shows the network-wide claims, where the sources disagree, and the national
 * analysis.
 */
final class InspectorPanel extends VBox {

    static final String DEFAULT_OVERRIDE_NOTE = "Set by the analyst in redmap.";

    private final MapState state;
    private final Consumer<String> message;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Rectangle swatch = new Rectangle(14, 14);
    private final Label vendor = new Label();
    private final Label basis = new Label();
    private final HBox vendorRow = new HBox(8, swatch, vendor, basis);
    private final Label coverageBadge = new Label();
    private final Label riskBadge = new Label();
    private final FlowPane analysisRow = new FlowPane(6, 4, coverageBadge, riskBadge);
    private final Label cell = new Label();
    private final TextArea details = new TextArea();
    private final Button copy = new Button("Copy citations");
    private final TextField overrideNote = new TextField();
    private final MenuButton setVendor = new MenuButton("Set vendor…");
    private final Button revert = new Button("Revert to rule");
    private final VBox overrideBox;
    private List<Source> cited = List.of();
    /** What the text shows (a region id, a site id, the overview), to keep its scroll while only numbers change. */
    private String shownSubject;

    /** @param message shows a short confirmation in the status bar */
    InspectorPanel(MapState state, Consumer<String> message) {
        this.state = state;
        this.message = message;
        setId("inspector");
        getStyleClass().addAll("side-panel", "inspector");
        setSpacing(8);
        setPadding(new Insets(14));

        title.setId("inspectorTitle");
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        subtitle.setId("inspectorSubtitle");
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        swatch.setStroke(Color.web("#00000040"));
        vendor.setId("inspectorVendor");
        vendor.getStyleClass().add("inspector-vendor");
        basis.setId("inspectorBasis");
        basis.getStyleClass().add("badge");
        vendorRow.setAlignment(Pos.CENTER_LEFT);
        coverageBadge.setId("inspectorCoverage");
        coverageBadge.getStyleClass().addAll("badge", "metric");
        riskBadge.setId("inspectorRisk");
        riskBadge.getStyleClass().addAll("badge", "metric");
        analysisRow.setAlignment(Pos.CENTER_LEFT);
        coverageBadge.setMinWidth(Region.USE_PREF_SIZE);
        riskBadge.setMinWidth(Region.USE_PREF_SIZE);

        details.setId("inspectorText");
        details.getStyleClass().add("inspector-text");
        details.setEditable(false);
        details.setWrapText(true);
        details.setFocusTraversable(true);
        VBox.setVgrow(details, Priority.ALWAYS);

        copy.setId("copyCitation");
        copy.setMaxWidth(Double.MAX_VALUE);
        copy.setTooltip(new Tooltip("Puts one footnote-ready citation per source on the clipboard"));
        copy.setOnAction(e -> copyCitations());

        Label overrideHeading = new Label("Analyst override");
        overrideHeading.getStyleClass().add("section-heading");
        overrideNote.setId("overrideNote");
        TextLimit.apply(overrideNote, TextRules.NOTE, text -> overrideNote.setTooltip(text.isEmpty() ? null : new Tooltip(text)));
        overrideNote.setPromptText("Reason for the override (optional)");
        setVendor.setId("setVendor");
        revert.setId("revert");
        revert.setOnAction(e -> state.selectedRegion().ifPresent(r -> {
            state.revert(r.id());
            message.accept(r.name() + ": back to the rule's vendor");
        }));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, setVendor, spacer, revert);
        overrideBox = new VBox(6, new Separator(), overrideHeading, overrideNote, buttons);

        // The imported cell clicked, beside whatever is selected: cells and regions overlap freely.
        cell.setId("inspectorCell");
        cell.getStyleClass().addAll("badge", "badge-data");
        cell.setWrapText(true);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        state.clickedCellProperty().addListener((o, a, b) -> showCell());
        state.layersProperty().addListener((o, a, b) -> showCell());
        showCell();
        getChildren().addAll(title, subtitle, vendorRow, analysisRow, cell, details, copy, overrideBox);
        state.mapProperty().addListener((o, a, b) -> refresh());
        state.selectionProperty().addListener((o, a, b) -> refresh());
        state.analysisProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        MapDocument doc = state.map() == null ? null : state.map().document();
        Optional<TaggedRegion> region = state.selectedRegion();
        Optional<NotablePlace> site = state.selectedSite();
        MapAnalysis analysis = state.analysis();
        String subject;
        String text;
        if (doc == null) {
            subject = null;
            showHeader("Inspector", "The map is loading.", null);
            text = "";
            cited = List.of();
        } else if (region.isPresent()) {
            TaggedRegion r = region.get();
            subject = "region " + r.id();
            showHeader(r.name(), r.id() + " · region of " + doc.regionsSource(), r.assignment().orElse(null));
            text = InspectorText.region(r, state.ruleRegion(r.id()).orElse(null)) + "\n"
                    + (analysis == null ? "COVERAGE AND RISK\nBeing computed…\n"
                    : AnalysisText.coverage(r.id(), analysis) + "\n" + AnalysisText.risk(r.id(), analysis));
            cited = InspectorText.sources(r);
        } else if (site.isPresent()) {
            NotablePlace p = site.get();
            subject = "site " + p.id();
            showHeader(p.name(), p.kind().label() + " · " + p.id(), p.assignment());
            text = InspectorText.site(p);
            cited = p.assignment().sources();
        } else {
            subject = "overview";
            showHeader("Network overview", "Nothing selected · " + doc.regionsSource(), null);
            text = InspectorText.overview(doc) + (analysis == null ? "" : "\n" + AnalysisText.overview(analysis));
            cited = InspectorText.sources(doc);
        }
        showAnalysis(region.map(TaggedRegion::id).orElse(null), analysis);
        if (subject != null && subject.equals(shownSubject)) {
            // Only the numbers changed (a weight moved): the analyst keeps their place in the text.
            double top = details.getScrollTop();
            details.setText(text);
            details.setScrollTop(top);
        } else {
            details.setText(text);
            details.positionCaret(0);
            details.setScrollTop(0);
        }
        shownSubject = subject;
        copy.setDisable(cited.isEmpty());
        copy.setText(cited.size() > 1 ? "Copy " + cited.size() + " citations" : "Copy citation");

        boolean regionShown = region.isPresent();
        overrideBox.setVisible(regionShown);
        overrideBox.setManaged(regionShown);
        if (regionShown) {
            rebuildVendorMenu(doc.vendors(), region.get());
            revert.setDisable(!state.isOverridden(region.get().id()));
        }
    }

    /** The region's coverage and risk at a glance, above the text that explains them. */
    private void showAnalysis(String regionId, MapAnalysis analysis) {
        boolean shown = regionId != null && analysis != null;
        analysisRow.setVisible(shown);
        analysisRow.setManaged(shown);
        if (!shown) return;
        coverageBadge.setText("Coverage " + AnalysisText.coverageShort(regionId, analysis));
        riskBadge.setText("Risk score " + AnalysisText.riskShort(regionId, analysis));
        coverageBadge.getStyleClass().removeAll("badge-modelled", "badge-data");
        coverageBadge.getStyleClass().add(analysis.coverageTable().isPresent() ? "badge-data" : "badge-modelled");
        riskBadge.getStyleClass().remove("badge-modelled");
        riskBadge.getStyleClass().add("badge-modelled");
    }

    private void showHeader(String heading, String sub, Assignment assignment) {
        title.setText(heading);
        subtitle.setText(sub);
        boolean hasVendor = assignment != null || state.selectedRegion().isPresent();
        vendorRow.setVisible(hasVendor);
        vendorRow.setManaged(hasVendor);
        if (!hasVendor) return;
        Vendor v = assignment == null ? Vendor.UNASSIGNED : assignment.vendor();
        java.awt.Color fill = VendorPalette.forVendors(state.map().document().vendors()).fill(v);
        swatch.setFill(Color.rgb(fill.getRed(), fill.getGreen(), fill.getBlue()));
        vendor.setText(v.name());
        basis.setText(assignment == null ? "no rule" : assignment.basis().key() + " · " + assignment.confidence().key());
        basis.getStyleClass().removeAll("badge-reported", "badge-inferred", "badge-analyst");
        if (assignment != null) basis.getStyleClass().add("badge-" + assignment.basis().key());
    }

    private void rebuildVendorMenu(List<Vendor> vendors, TaggedRegion region) {
        setVendor.getItems().clear();
        for (Vendor v : vendors) {
            MenuItem item = new MenuItem(v.name());
            item.setId("vendor-" + v.id());
            item.setOnAction(e -> {
                String note = overrideNote.getText().isBlank() ? DEFAULT_OVERRIDE_NOTE : overrideNote.getText().strip();
                state.override(region.id(), v, note);
                overrideNote.clear();
                message.accept(region.name() + " set to " + v.name() + " by the analyst");
            });
            setVendor.getItems().add(item);
        }
    }

    private void showCell() {
        var clicked = state.clickedCellProperty().get();
        boolean shown = clicked != null && state.polygons() != null && state.mapLayers()
                .overlay(org.redmap.project.OverlayIds.POLYGONS).map(o -> o.visible()).orElse(false);
        cell.setText(shown ? PointerText.cell(clicked, state.polygons().data()) : "");
        cell.setVisible(shown);
        cell.setManaged(shown);
    }

    private void copyCitations() {
        if (cited.isEmpty()) return;
        ClipboardContent content = new ClipboardContent();
        content.putString(InspectorText.citations(cited));
        Clipboard.getSystemClipboard().setContent(content);
        message.accept(cited.size() == 1 ? "Citation copied" : cited.size() + " citations copied");
    }

    /** The citations the copy button would put on the clipboard. */
    String citations() {
        return InspectorText.citations(cited);
    }
}
