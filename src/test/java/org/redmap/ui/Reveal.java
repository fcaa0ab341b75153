package org.redmap.ui;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls a side panel until a node is in view, as a user would before clicking it. */
final class Reveal {

    private Reveal() {
    }

    static Node reveal(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        // Panels may still be growing (an analysis just arrived): scroll, let layout run, look again,
        // until the node has been in view twice running.
        int inViewTimes = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            boolean inView = WaitForAsyncUtils.asyncFx(() -> {
                Node n = node.getParent();
                while (n != null && !(n instanceof ScrollPane)) n = n.getParent();
                if (!(n instanceof ScrollPane scroll)) return true;
                Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
                Bounds target = node.localToScene(node.getBoundsInLocal());
                if (target.getMinY() >= viewport.getMinY() && target.getMaxY() <= viewport.getMaxY()) return true;
                Node content = scroll.getContent();
                double y = content.sceneToLocal(target).getMinY();
                double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (extra > 0) scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / extra)));
                return false;
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            inViewTimes = inView ? inViewTimes + 1 : 0;
            if (inViewTimes == 2) return node;
            if (inView) Thread.sleep(50);
        }
        System.err.println("REVEAL failed for " + query + ": " + WaitForAsyncUtils.asyncFx(() -> node.localToScene(node.getBoundsInLocal())
                + " scene " + node.getScene().getWidth() + "x" + node.getScene().getHeight()).get(10, TimeUnit.SECONDS));
        return node;
    }
}
