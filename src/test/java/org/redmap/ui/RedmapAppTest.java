package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.geometry.VerticalDirection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.redmap.geo.ProjectedMap;
import org.redmap.geo.Viewport;
import org.redmap.model.Layer;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a user meets it, headless on Monocle: what they click, type and see. */
class RedmapAppTest extends WindowTest {

    private static final String SQUARE_IN_SONORA = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "MX-SON", "properties": {"id": "MX-SON", "name": "Sonora"},
               "geometry": {"type": "Polygon", "coordinates": [[[-111, 29], [-110, 29], [-110, 30], [-111, 30], [-111, 29]]]}}
            ]}
            """;
    private static final String BROKEN = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"name": "Broken"},
               "geometry": {"type": "Polygon", "coordinates": [[[-111, 29], [-110,
            """;


    @BeforeEach
    void analysed() throws Exception {
        waitUntil(() -> window.state().analysis() != null && window.pipeline().isCurrent());
    }

    @Test
    void theWindowOpensOnTheMapWithTheNetworkOverview() throws Exception {
        ImageView map = robot.lookup("#map").queryAs(ImageView.class);
        assertThat(fx(() -> map.getImage().getWidth())).isGreaterThan(100);
        assertThat(fx(() -> map.getFitWidth())).isCloseTo(fx(() -> window.mapView().getWidth()), within(0.5));
        assertThat(fx(() -> robot.lookup("#loading").query().getParent().isVisible())).as("loading overlay").isFalse();
        assertThat(text("#inspectorTitle")).isEqualTo("Network overview");
        // Analysts must see both sides of a disagreement, each with its sources.
        assertThat(text("#inspectorText")).contains("Backbone", "Claim A: Huawei", "Claim B: Nokia", "Network core", "http");
        assertThat(text("#statusRender")).startsWith("Drawn in ");
        assertThat(text("#statusScale")).startsWith("1 : ");
    }

    @Test
    void keysZoomInOutAndBackToFit() throws Exception {
        double home = mpp();
        focusMap();
        robot.type(KeyCode.ADD);
        waitUntil(() -> mpp() < home);
        waitUntil(() -> window.pipeline().isCurrent());
        assertThat(mpp()).isCloseTo(home / MapKeys.ZOOM_STEP, within(1e-6));
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        waitUntil(() -> mpp() > home);
        robot.type(KeyCode.DIGIT0);
        waitUntil(() -> Math.abs(mpp() - home) < 1e-6);
        double west = fx(() -> window.state().viewport().centerX());
        robot.type(KeyCode.LEFT);
        waitUntil(() -> window.state().viewport().centerX() < west - 100 * home);
    }

    @Test
    void theWheelZoomsAroundThePointer() throws Exception {
        Point2D oaxaca = screenPoint(-96.7, 17.1);
        double home = mpp();
        robot.moveTo(oaxaca);
        Coordinate before = worldAt(oaxaca);
        robot.scroll(3, VerticalDirection.UP);
        waitUntil(() -> Math.abs(mpp() - home) > 1);
        Coordinate after = worldAt(oaxaca);
        assertThat(after.distance(before)).isLessThan(3 * mpp());
        // Once the wheel stops, the frame is redrawn for the new view.
        waitUntil(() -> window.pipeline().isCurrent());
    }

    @Test
    void draggingPansAndRedrawsWhenReleased() throws Exception {
        Viewport before = fx(() -> window.state().viewport());
        ImageView frame = robot.lookup("#map").queryAs(ImageView.class);
        Point2D start = screenPoint(-102, 23);
        robot.drag(start, MouseButton.PRIMARY).moveBy(60, 20).moveBy(60, 20);
        // Mid-drag the last frame moves with the pointer at once; no new frame is drawn yet.
        waitUntil(() -> Math.abs(frame.getLayoutX() - 120) < 1.5 && Math.abs(frame.getLayoutY() - 40) < 1.5);
        assertThat(fx(() -> window.pipeline().shownProperty().get().request().viewport())).isEqualTo(before);
        robot.drop();
        waitUntil(() -> window.pipeline().isCurrent());
        Viewport after = fx(() -> window.state().viewport());
        assertThat(after.centerX()).isCloseTo(before.centerX() - 120 * before.metresPerPixel(), within(2 * before.metresPerPixel()));
        assertThat(after.centerY()).isCloseTo(before.centerY() + 40 * before.metresPerPixel(), within(2 * before.metresPerPixel()));
        assertThat(fx(() -> window.state().selection())).as("a drag is not a click").isNull();
    }

    @Test
    void clickingSonoraShowsNokiaWithItsSources() throws Exception {
        robot.clickOn(screenPoint(-110.5, 29.5));
        waitUntil(() -> "Sonora".equals(text("#inspectorTitle")));
        assertThat(text("#inspectorVendor")).isEqualTo("Nokia");
        assertThat(text("#inspectorBasis")).startsWith("inferred");
        assertThat(text("#inspectorText")).contains("Vendor: Nokia", "Basis: inferred", "Matched by: id MX-SON", "http");
        assertThat(text("#inspectorSubtitle")).contains("MX-SON");
        waitUntil(() -> window.pipeline().isCurrent());
        assertThat(fx(() -> window.pipeline().shownProperty().get().request().selectedId())).isEqualTo("MX-SON");
        robot.clickOn("#copyCitation");
        assertThat(fx(() -> window.inspector().citations())).contains("http").hasLineCount(3);
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())).contains("http");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> "Network overview".equals(text("#inspectorTitle")));
    }

    @Test
    void clickingOaxacaShowsHuaweiAndHoverNamesIt() throws Exception {
        Point2D oaxaca = screenPoint(-96.7, 17.1);
        robot.moveTo(oaxaca);
        waitUntil(() -> text("#statusHover").equals("Oaxaca · Huawei (inferred)"));
        assertThat(text("#statusCursor")).matches("1[67]\\.\\d{4}° N, 9[67]\\.\\d{4}° W");
        waitUntil(() -> window.pipeline().isCurrent());
        assertThat(fx(() -> window.pipeline().shownProperty().get().request().hoveredId())).isEqualTo("MX-OAX");
        robot.clickOn(oaxaca);
        waitUntil(() -> "Oaxaca".equals(text("#inspectorTitle")));
        assertThat(text("#inspectorVendor")).isEqualTo("Huawei");
        assertThat(text("#inspectorText")).contains("Vendor: Huawei", "http");
    }

    @Test
    void searchingOaxacaZoomsToItAndSelectsIt() throws Exception {
        double home = mpp();
        robot.clickOn("#search").write("oaxaca").type(KeyCode.ENTER);
        waitUntil(() -> "Oaxaca".equals(text("#inspectorTitle")));
        assertThat(fx(() -> window.state().selection())).isEqualTo(Selection.region("MX-OAX"));
        assertThat(mpp()).isLessThan(home / 2);
        Coordinate centre = fx(() -> {
            Viewport v = window.state().viewport();
            return window.state().map().projection().unproject(v.centerX(), v.centerY());
        });
        assertThat(centre.x).isBetween(-98.6, -93.8);
        assertThat(centre.y).isBetween(15.6, 18.7);
        waitUntil(() -> window.pipeline().isCurrent());
    }

    @Test
    void searchingACitySelectsItsState() throws Exception {
        robot.clickOn("#search").write("Tijuana").type(KeyCode.ENTER);
        waitUntil(() -> "Baja California".equals(text("#inspectorTitle")));
        assertThat(mpp()).isEqualTo(MapState.CITY_METRES_PER_PIXEL);
    }

    @Test
    void unticking_a_layer_drops_it_from_the_drawn_mapImage() throws Exception {
        assertThat(fx(() -> window.pipeline().shownProperty().get().request().layers())).contains(Layer.CITIES);
        robot.clickOn(Reveal.reveal(robot, "#layer-cities"));
        waitUntil(() -> window.pipeline().isCurrent()
                && !window.pipeline().shownProperty().get().request().layers().contains(Layer.CITIES));
        assertThat(fx(() -> window.state().layers())).doesNotContain(Layer.CITIES).contains(Layer.VENDOR);
        robot.clickOn("#layer-cities");
        waitUntil(() -> window.pipeline().shownProperty().get().request().layers().contains(Layer.CITIES));
    }

    @Test
    void overridingSonoraToHuaweiMakesItTheAnalystsCallUntilReverted() throws Exception {
        ProjectedMap before = fx(() -> window.state().map());
        robot.clickOn(screenPoint(-110.5, 29.5));
        waitUntil(() -> "Sonora".equals(text("#inspectorTitle")));
        robot.clickOn("#overrideNote").write("Seen on site");
        robot.clickOn("#setVendor");
        robot.clickOn("#vendor-huawei");
        waitUntil(() -> "Huawei".equals(text("#inspectorVendor")));
        assertThat(text("#inspectorBasis")).startsWith("analyst");
        assertThat(text("#inspectorText")).contains("Basis: analyst", "Seen on site", "OVERRIDDEN RULE", "Vendor: Nokia");
        ProjectedMap after = fx(() -> window.state().map());
        assertThat(after.regions().items().get(0).geometry()).as("shapes are reused").isSameAs(before.regions().items().get(0).geometry());
        waitUntil(() -> window.pipeline().isCurrent() && window.pipeline().shownProperty().get().request().map() == after);
        // The risk follows the analyst's vendor: Sonora is now scored as Huawei.
        waitUntil(() -> window.state().analysis().risk().region("MX-SON").orElseThrow().factor("vendor").orElseThrow()
                .rawInput().startsWith("huawei"));

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#revert");
        waitUntil(() -> "Nokia".equals(text("#inspectorVendor")));
        assertThat(text("#inspectorBasis")).startsWith("inferred");
    }

    @Test
    void openingABrokenFileShowsTheErrorAndKeepsTheMap() throws Exception {
        Path broken = tmp.resolve("broken.geojson");
        Files.writeString(broken, BROKEN, StandardCharsets.UTF_8);
        dialogs.toOpen = broken;
        ProjectedMap before = fx(() -> window.state().map());
        robot.clickOn("File").clickOn("Open regions (GeoJSON)…");
        waitUntil(() -> robot.lookup("#errorText").tryQuery().isPresent());
        String message = text("#errorText");
        assertThat(message).contains("broken.geojson");
        assertThat(fx(() -> window.state().map())).isSameAs(before);
        assertThat(fx(() -> window.state().map().regions().size())).isEqualTo(32);
        robot.clickOn("OK");
    }

    @Test
    void openingAnotherRegionsFileTagsItWithTheSameRules() throws Exception {
        Path square = tmp.resolve("square.geojson");
        Files.writeString(square, SQUARE_IN_SONORA, StandardCharsets.UTF_8);
        dialogs.toOpen = square;
        robot.clickOn("File").clickOn("Open regions (GeoJSON)…");
        waitUntil(() -> window.state().map().regions().size() == 1);
        assertThat(fx(() -> window.state().map().document().regions().get(0).vendor().name())).isEqualTo("Nokia");
        // Another regions file is a change to the project, and the title says so.
        waitUntil(() -> ((javafx.stage.Stage) window.mapView().getScene().getWindow()).getTitle().equals("• Untitled — redmap"));
        // Its own analysis follows: the old one described other regions.
        waitUntil(() -> window.state().analysis() != null && window.state().analysis().risk().regions().size() == 1);
        assertThat(fx(() -> window.state().analysis().risk().region("MX-SON"))).isPresent();
        waitUntil(() -> window.pipeline().isCurrent());
    }

    @Test
    void zoomToFitButtonShowsAllOfMexicoAgain() throws Exception {
        double home = mpp();
        robot.clickOn("#zoomIn").clickOn("#zoomIn");
        waitUntil(() -> mpp() < home / 2);
        robot.clickOn("#zoomFit");
        waitUntil(() -> Math.abs(mpp() - home) < 1e-6);
        assertThat(fx(() -> window.state().viewport().visibleWorld().contains(window.state().map().homeExtent()))).isTrue();
    }

    @Test
    void clickingASiteMarkerShowsTheSite() throws Exception {
        robot.clickOn(screenPoint(-97.87777, 22.28519));
        waitUntil(() -> "Tampico".equals(text("#inspectorTitle")));
        assertThat(text("#inspectorVendor")).isEqualTo("Huawei");
        assertThat(text("#inspectorText")).contains("Kind: Vendor exception", "Basis: reported", "http");
    }

    @Test
    void resizingTheWindowKeepsCentreAndScale() throws Exception {
        Viewport before = fx(() -> window.state().viewport());
        fx(() -> {
            javafx.stage.Window stage = window.mapView().getScene().getWindow();
            stage.setWidth(stage.getWidth() - 150);
            stage.setHeight(stage.getHeight() - 80);
            return null;
        });
        waitUntil(() -> window.state().viewport().width() < before.width() - 100);
        Viewport after = fx(() -> window.state().viewport());
        assertThat(after.centerX()).isEqualTo(before.centerX());
        assertThat(after.centerY()).isEqualTo(before.centerY());
        assertThat(after.metresPerPixel()).isEqualTo(before.metresPerPixel());
        waitUntil(() -> window.pipeline().isCurrent());
    }

    @Test
    void aboutNamesTheDataSourcesAndTheFontLicence() throws Exception {
        robot.clickOn("Help").clickOn("About and sources…");
        waitUntil(() -> robot.lookup("#aboutText").tryQuery().isPresent());
        assertThat(text("#aboutText")).contains("Natural Earth", "GeoNames", "DejaVu", "SOURCES CITED", "http");
        robot.clickOn("OK");
    }

    // --- helpers --------------------------------------------------------------------------------

    private double mpp() throws Exception {
        return fx(() -> window.state().viewport().metresPerPixel());
    }

    private Coordinate worldAt(Point2D screen) throws Exception {
        return fx(() -> {
            Point2D local = window.mapView().screenToLocal(screen);
            return window.state().viewport().toWorld(local.getX(), local.getY());
        });
    }

}
