package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window is map-first: its side panels give the map most of the width, and fold away and back. */
class SidePanelsWindowTest extends WindowTest {

    /** These tests look at the panels as the window opens them by itself. */
    @BeforeAll
    static void panelsByWidth() {
        System.clearProperty("redmap.panels");
    }

    @AfterAll
    static void panelsAsOtherTestsWantThem() {
        System.setProperty("redmap.panels", "left,right");
    }

    @Test
    void at1920By1080TheMapGetsSeventyPercentOfTheWidth() throws Exception {
        fx(() -> {
            Stage s = stage();
            s.setMaximized(false);
            s.setWidth(1920);
            s.setHeight(1080);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        double scene = fx(() -> window.mapView().getScene().getWidth());
        double map = fx(() -> window.mapView().getWidth());
        assertThat(scene).isEqualTo(1920);
        assertThat(map / scene).as("map %s of %s px", map, scene).isGreaterThanOrEqualTo(0.70);
        assertThat(visible("#rightTabs")).as("the inspector is open").isTrue();
        assertThat(visible("#leftStrip")).as("the layer panel is a strip").isTrue();
        assertThat(visible("#leftPanel")).isFalse();
    }

    @Test
    void eachPanelFoldsAndComesBackByItsButtonsAndTheMapTakesTheWidth() throws Exception {
        double start = mapWidth();

        robot.clickOn("#leftStrip");
        assertThat(visible("#leftPanel")).isTrue();
        double withLeft = mapWidth();
        assertThat(start - withLeft).as("the layer panel takes its width from the map")
                .isCloseTo(SidePanels.LEFT_WIDTH - SidePanels.STRIP_WIDTH, within(30.0));
        robot.clickOn("#leftPanelButton");
        assertThat(visible("#leftStrip")).isTrue();
        assertThat(mapWidth()).isCloseTo(start, within(3.0));

        robot.clickOn("#rightPanelButton");
        assertThat(visible("#rightStrip")).isTrue();
        assertThat(visible("#rightTabs")).isFalse();
        assertThat(mapWidth() - start).as("the map grows by the right panel's width")
                .isCloseTo(SidePanels.RIGHT_WIDTH - SidePanels.STRIP_WIDTH, within(30.0));
        robot.clickOn("#rightStrip");
        assertThat(visible("#rightTabs")).isTrue();
        assertThat(mapWidth()).isCloseTo(start, within(3.0));
    }

    @Test
    void eachPanelFoldsAndComesBackByItsKeyListedInTheViewMenu() throws Exception {
        CheckMenuItem left = (CheckMenuItem) menuItem("menuLeftPanel");
        CheckMenuItem right = (CheckMenuItem) menuItem("menuRightPanel");
        assertThat(left.getAccelerator()).isEqualTo(SidePanels.LEFT_KEY);
        assertThat(right.getAccelerator()).isEqualTo(SidePanels.RIGHT_KEY);
        assertThat(left.isSelected()).isFalse();
        assertThat(right.isSelected()).isTrue();
        double start = mapWidth();

        shortcut(KeyCode.L, false);
        assertThat(visible("#leftPanel")).isTrue();
        assertThat(fx(left::isSelected)).isTrue();
        assertThat(mapWidth()).isLessThan(start - 200);
        shortcut(KeyCode.L, false);
        assertThat(visible("#leftPanel")).isFalse();
        assertThat(mapWidth()).isCloseTo(start, within(3.0));

        shortcut(KeyCode.I, false);
        assertThat(visible("#rightTabs")).isFalse();
        assertThat(fx(right::isSelected)).isFalse();
        assertThat(mapWidth()).isGreaterThan(start + 300);
        shortcut(KeyCode.I, false);
        assertThat(visible("#rightTabs")).isTrue();
        assertThat(mapWidth()).isCloseTo(start, within(3.0));
    }

    @Test
    void theRightPanelComesBackAtTheWidthItWasDraggedTo() throws Exception {
        double panel = fx(() -> window.tabs().getWidth());
        Node divider = robot.lookup("#mainSplit > .split-pane-divider").query();
        robot.drag(divider).moveBy(-150, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = fx(() -> window.tabs().getWidth());
        assertThat(dragged).isCloseTo(panel + 150, within(10.0));

        shortcut(KeyCode.I, false);
        shortcut(KeyCode.I, false);

        assertThat(fx(() -> window.tabs().getWidth())).isCloseTo(dragged, within(6.0));
    }

    @Test
    void theWindowIsFirstShownAtTheSizeItKeeps() throws Exception {
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        List<Dimension2D> shown = new ArrayList<>();
        fx(() -> {
            primary.addEventHandler(WindowEvent.WINDOW_SHOWN,
                    e -> shown.add(new Dimension2D(primary.getWidth(), primary.getHeight())));
            return null;
        });
        restart();
        waitUntil(() -> window.pipeline().isCurrent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage()).isSameAs(primary);
        Dimension2D last = fx(() -> new Dimension2D(primary.getWidth(), primary.getHeight()));
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).as("size when first shown").isEqualTo(last);
        double screen = fx(() -> Screen.getPrimary().getVisualBounds().getWidth());
        assertThat(last.getWidth()).as("it opens across the screen").isEqualTo(screen);
    }

    private double mapWidth() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> window.mapView().getWidth());
    }

    private boolean visible(String query) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            Node n = robot.lookup(query).tryQuery().orElse(null);
            return n != null && n.getScene() != null && n.isVisible() && n.getLayoutBounds().getWidth() > 0;
        });
    }
}
