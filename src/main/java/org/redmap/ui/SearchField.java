package org.redmap.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The toolbar's search box: suggestions while typing, Enter goes to the best match, a click goes
 * to the one clicked. Matching itself is {@link PlaceSearch}'s job.
 */
final class SearchField extends TextField {

    private static final int SUGGESTIONS = 8;

    private final ContextMenu suggestions = new ContextMenu();
    private final Consumer<SearchHit> go;
    private final Runnable leave;
    private PlaceSearch search;
    /** Set while the field shows the chosen name, so that text change suggests nothing. */
    private boolean choosing;

    /**
     * @param go    called with the hit the user chose
     * @param leave called when the user gives up with Escape: hands the keyboard back to the map
     */
    SearchField(Consumer<SearchHit> go, Runnable leave) {
        this.go = go;
        this.leave = leave;
        setId("search");
        getStyleClass().add("search-field");
        setPromptText("Find a state or city  (Ctrl+F)");
        setPrefColumnCount(22);
        suggestions.setId("searchSuggestions");
        textProperty().addListener((o, a, text) -> suggest(text));
        setOnAction(e -> goToBest());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
                clear();
                leave.run();
                e.consume();
            }
        });
        focusedProperty().addListener((o, was, now) -> {
            if (!now) suggestions.hide();
        });
    }

    /** What to search in; called when another map is shown. */
    void setSearch(PlaceSearch search) {
        this.search = search;
    }

    private void suggest(String text) {
        if (choosing || search == null || text == null || text.isBlank() || !isFocused()) {
            suggestions.hide();
            return;
        }
        List<SearchHit> hits = search.find(text, SUGGESTIONS);
        if (hits.isEmpty()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().clear();
        for (SearchHit hit : hits) {
            Label label = new Label(hit.display());
            label.getStyleClass().add(hit.kind() == SearchHit.Kind.REGION ? "suggestion-region" : "suggestion-city");
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(e -> choose(hit));
            suggestions.getItems().add(item);
        }
        if (!suggestions.isShowing()) suggestions.show(this, Side.BOTTOM, 0, 0);
    }

    private void goToBest() {
        if (search == null) return;
        search.best(getText()).ifPresent(this::choose);
    }

    private void choose(SearchHit hit) {
        suggestions.hide();
        choosing = true;
        try {
            setText(hit.label());
        } finally {
            choosing = false;
        }
        go.accept(hit);
    }
}
