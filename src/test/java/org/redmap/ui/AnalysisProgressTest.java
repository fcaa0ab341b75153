package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A slow analysis: the window shows progress after 200 ms and stays usable until the overlays arrive. */
class AnalysisProgressTest {

    private final FxRobot robot = new FxRobot();
    private final CountDownLatch release = new CountDownLatch(1);
    private RedmapApp app;

    @BeforeAll
    static void platform() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        release.countDown();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void progressShowsWhileTheAnalysisComputesAndTheMapStaysUsable() throws Exception {
        app = (RedmapApp) FxToolkit.setupApplication(() -> new RedmapApp(TestMaps::loader, new ScriptedDialogs(), map -> {
            release.await(30, TimeUnit.SECONDS);
            return TestMaps.analysis(map);
        }));
        MainWindow window = app.window();
        // The vendor map is drawn first; the analysis waits for nothing but its own thread.
        waitUntil(() -> window.pipeline().isCurrent());
        waitUntil(() -> visible("#statusProgress"));
        assertThat(fx(() -> ((javafx.scene.control.Label) robot.lookup("#statusActivity").query()).getText()))
                .isEqualTo("Computing coverage, risk and border bands…");
        assertThat(visible("#overlaysProgress")).isTrue();
        assertThat(fx(() -> window.state().analysis())).isNull();

        // Meanwhile the window answers: zoom, and a preset whose overlays wait for the analysis.
        double home = fx(() -> window.state().viewport().metresPerPixel());
        robot.clickOn("#zoomIn");
        waitUntil(() -> window.state().viewport().metresPerPixel() < home);
        robot.clickOn("#preset-risk");
        waitUntil(() -> window.pipeline().isCurrent());
        assertThat(fx(() -> window.pipeline().shownProperty().get().request().overlays())).isEmpty();

        release.countDown();
        waitUntil(() -> window.state().analysis() != null);
        waitUntil(() -> !visible("#statusProgress") && !visible("#overlaysProgress"));
        waitUntil(() -> window.pipeline().isCurrent() && window.pipeline().shownProperty().get().request().overlays().size() == 1);
    }

    /** Visible on screen: the node and every parent. */
    private boolean visible(String query) throws Exception {
        return fx(() -> {
            for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
                if (!n.isVisible()) return false;
            }
            return true;
        });
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
    }
}
