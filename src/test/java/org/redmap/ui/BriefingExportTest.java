package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.redmap.render.RenderRequest;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** File → Export…: the briefing dialog, its live preview, and the files it writes, on Monocle. */
class BriefingExportTest extends WindowTest {

    private BriefingExportDialog open() throws Exception {
        robot.clickOn("#exportButton");
        waitUntil(() -> robot.lookup("#briefingDialog").tryQuery().isPresent());
        return dialog();
    }

    /** The dialog on screen (its pane's window is a stage that knows its dialog only through the pane). */
    private BriefingExportDialog dialog() throws Exception {
        return fx(() -> window.briefingDialog());
    }

    private void chooseMarking(String text) throws Exception {
        robot.clickOn("#briefingMarking");
        Node cell = fx(() -> robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible()
                        && (text.equals(c.getText()) || c.getGraphic() instanceof Label l && l.getText().equals(text)))
                .findFirst().orElseThrow());
        robot.clickOn(cell, MouseButton.PRIMARY);
    }

    private void chooseSize(String label) throws Exception {
        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> size = robot.lookup("#briefingSize").queryAs(ComboBox.class);
            size.getItems().stream().filter(i -> i.toString().equals(label)).findFirst().ifPresent(size::setValue);
            return null;
        });
    }

    private void replaceText(String query, String text) {
        robot.doubleClickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private void exportTo(Path out) throws Exception {
        dialogs.toSave = out;
        robot.clickOn("#briefingExport");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(out));
        waitUntil(() -> robot.lookup("#briefingDialog").tryQuery().isEmpty());
        waitUntil(() -> text("#statusMessage").startsWith("Exported"));
    }

    @Test
    void aPdfCarriesTheMarkingTopAndBottomAsText() throws Exception {
        // A selected annotation shows its handles on screen; the file must not.
        fx(() -> {
            window.annotations().session().apply(org.redmap.annotate.AnnotationChanges.add(
                    org.redmap.model.annotation.TextLabel.of("a1", new org.redmap.model.annotation.LonLat(-102, 24), "Huawei south")));
            window.state().select(Selection.annotation("a1"));
            return null;
        });
        open();
        robot.clickOn("#briefingFormatPdf");
        chooseMarking("SECRET");
        replaceText("#briefingTitle", "Who built the south");
        replaceText("#briefingAuthor", "J. Analyst");
        waitUntil(() -> text("#briefingInfo").startsWith("PDF · 16:9 slide · 13.33 × 7.5 in · vector"));
        RenderRequest request = fx(() -> dialog().exportRequest());
        assertThat(request.selectedAnnotationId()).isNull();
        assertThat(request.briefing().marking().orElseThrow().text()).isEqualTo("SECRET");
        Path pdf = tmp.resolve("briefing.pdf");
        exportTo(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Who built the south", "Huawei south", "Prepared by J. Analyst");
            assertThat(text.split("SECRET", -1)).as("banner at top and bottom").hasSize(3);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("the slide, in points").isCloseTo(960, within(0.5f));
        }
    }

    @Test
    void anSvgHasTheTitleAndAFreeTextMarkingAsText() throws Exception {
        open();
        robot.clickOn("#briefingFormatSvg");
        chooseMarking("Other (free text)…");
        waitUntil(() -> robot.lookup("#briefingMarkingText").query().isVisible());
        robot.clickOn("#briefingMarkingText").write("DRAFT - NOT FOR RELEASE");
        replaceText("#briefingTitle", "Huawei and Nokia in Mexico");
        chooseSize("Letter landscape · 150 dpi");
        waitUntil(() -> text("#briefingInfo").startsWith("SVG · Letter landscape · 11 × 8.5 in"));
        Path svg = tmp.resolve("briefing.svg");
        exportTo(svg);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(xml.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 1056 816");
        NodeList texts = xml.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) words.add(texts.item(i).getTextContent());
        assertThat(words).contains("Huawei and Nokia in Mexico");
        assertThat(words.stream().filter(w -> w.equals("DRAFT - NOT FOR RELEASE"))).hasSize(2);
    }

    @Test
    void aPngAtTwiceTheDensityHasTwiceThePixels() throws Exception {
        open();
        chooseSize("16:9 slide · 1920 × 1080");
        waitUntil(() -> text("#briefingInfo").equals("PNG · 1920 × 1080 px · 144 dpi"));
        Path hd = tmp.resolve("hd.png");
        exportTo(hd);
        open();
        chooseSize("16:9 slide · 3840 × 2160");
        waitUntil(() -> text("#briefingInfo").equals("PNG · 3840 × 2160 px · 288 dpi"));
        Path uhd = tmp.resolve("uhd.png");
        exportTo(uhd);
        BufferedImage one = ImageIO.read(hd.toFile());
        BufferedImage two = ImageIO.read(uhd.toFile());
        assertThat(one.getWidth()).isEqualTo(1920);
        assertThat(one.getHeight()).isEqualTo(1080);
        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
        // The same picture: each block of the 1× image has the colour of the 2× image's block at twice the coordinates.
        for (int[] at : new int[][] {{960, 540}, {600, 400}, {1300, 700}}) {
            int[] a = mean(one, at[0], at[1], 24);
            int[] b = mean(two, 2 * at[0], 2 * at[1], 48);
            for (int c = 0; c < 3; c++) assertThat(b[c]).as("channel %d at %d,%d", c, at[0], at[1]).isCloseTo(a[c], within(6));
        }
    }

    private static int[] mean(BufferedImage image, int x0, int y0, int size) {
        long[] sum = new long[3];
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                int rgb = image.getRGB(x, y);
                sum[0] += (rgb >> 16) & 0xFF;
                sum[1] += (rgb >> 8) & 0xFF;
                sum[2] += rgb & 0xFF;
            }
        }
        long n = (long) size * size;
        return new int[] {(int) (sum[0] / n), (int) (sum[1] / n), (int) (sum[2] / n)};
    }

    @Test
    void thePreviewIsTheExportScaledDownAndFollowsTheSettings() throws Exception {
        BriefingExportDialog dialog = open();
        waitUntil(() -> dialog().previewShownProperty().get() != null);
        assertPreviewMatchesExport();
        chooseSize("A4 landscape · 300 dpi");
        chooseMarking("TLP:AMBER");
        waitUntil(() -> dialog().previewShownProperty().get() != null
                && dialog().previewShownProperty().get().briefing().marking().isPresent()
                && Math.abs(dialog().previewShownProperty().get().viewport().width() - 841.89 * 4 / 3) < 0.01);
        assertPreviewMatchesExport();
        robot.clickOn("Cancel");
        waitUntil(() -> robot.lookup("#briefingDialog").tryQuery().isEmpty());
        assertThat(dialog).isNotNull();
    }

    @Test
    void theLegendDraggedOnTheDialogsPageIsMovedInTheProjectAndInTheFileAndIsOneUndoStep() throws Exception {
        open();
        waitUntil(() -> dialog().preview().shownProperty().get() != null);
        PageView view = fx(() -> dialog().preview());
        PageView.Shown before = fx(() -> view.shownProperty().get());
        java.awt.geom.Rectangle2D legend = before.page().box(org.redmap.project.PageElement.LEGEND).orElseThrow();
        double w = before.request().viewport().width();
        double h = before.request().viewport().height();
        javafx.geometry.Point2D from = fx(() -> view.localToScreen(view.toView(legend.getCenterX(), legend.getCenterY())));
        javafx.geometry.Point2D to = fx(() -> view.localToScreen(view.toView(0.75 * w, 0.55 * h)));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);

        waitUntil(() -> window.state().layout().box(org.redmap.project.PageElement.LEGEND).isPresent());
        waitUntil(() -> dialog().exportRequest().layout().box(org.redmap.project.PageElement.LEGEND).isPresent());
        // The dialog's page shows the move, as the window's Page mode would.
        waitUntil(() -> view.shownProperty().get() != before
                && view.shownProperty().get().page().box(org.redmap.project.PageElement.LEGEND).orElseThrow().getCenterX() > 0.5 * w);
        Path out = tmp.resolve("moved.pdf");
        exportTo(out);
        org.redmap.project.PageBox placed = fx(() -> window.state().layout().box(org.redmap.project.PageElement.LEGEND).orElseThrow());
        assertThat(placed.x()).isGreaterThan(0.4);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Red Compartida: radio network vendor");
        }
        // The export's settings are a step of their own, then the move.
        int undone = fx(() -> {
            int n = 0;
            while (window.state().layout().box(org.redmap.project.PageElement.LEGEND).isPresent() && n < 3) {
                window.history().edits().undo();
                n++;
            }
            return n;
        });
        assertThat(undone).isBetween(1, 2);
        assertThat(fx(() -> window.state().layout().isAutomatic())).isTrue();
    }

    private void assertPreviewMatchesExport() throws Exception {
        RenderRequest export = fx(() -> dialog().exportRequest());
        RenderRequest shown = fx(() -> dialog().previewShownProperty().get());
        Image image = fx(() -> dialog().previewImage());
        assertThat(shown.viewport()).isEqualTo(export.viewport());
        assertThat(shown.map()).isSameAs(export.map());
        assertThat(shown.briefing()).isEqualTo(export.briefing());
        // The dialog's page view: the page fitted into the view beside the settings.
        assertThat(image.getWidth()).isLessThanOrEqualTo(fx(() -> dialog().preview().getWidth()) + 1);
        assertThat(image.getWidth() / image.getHeight())
                .isCloseTo((double) export.pixelWidth() / export.pixelHeight(), within(0.01));
    }

    @Test
    void copyPutsTheImageOnTheClipboard() throws Exception {
        open();
        robot.clickOn("#briefingCopy");
        waitUntil(() -> text("#briefingProgress").startsWith("Copied the 1920 × 1080 px image"));
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().hasImage())).isTrue();
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getImage().getWidth())).isEqualTo(1920);
        robot.clickOn("Cancel");
    }

    @Test
    void theDialogSaysWhatTheFileCarriesAndLocalPathsAreOnlyThereWhenAskedFor() throws Exception {
        open();
        waitUntil(() -> text("#briefingCarries").startsWith("Carries: "));
        assertThat(text("#briefingCarries")).contains("title", "short id", "data file names and hashes")
                .doesNotContain("marking").endsWith("; no local paths");
        chooseMarking("SECRET");
        waitUntil(() -> text("#briefingCarries").contains("title, marking, "));
        assertThat(fx(() -> ((javafx.scene.control.CheckBox) robot.lookup("#briefingLocalPaths").query()).isSelected()))
                .as("release-safe by default").isFalse();

        Path plain = tmp.resolve("plain.png");
        exportTo(plain);
        com.fasterxml.jackson.databind.JsonNode side = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of(plain + ".json").toFile());
        assertThat(side.get("local_paths").asBoolean()).isFalse();
        assertThat(side.findValues("local_path")).isEmpty();

        open();
        robot.clickOn("#briefingLocalPaths");
        waitUntil(() -> text("#briefingCarries").endsWith("; local paths of the project and its data files"));
        Path mine = tmp.resolve("mine.png");
        exportTo(mine);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(mine + ".json").toFile())
                .get("local_paths").asBoolean()).isTrue();

        open();
        assertThat(fx(() -> ((javafx.scene.control.CheckBox) robot.lookup("#briefingLocalPaths").query()).isSelected()))
                .as("each export starts release-safe again").isFalse();
        robot.clickOn("Cancel");
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNoFile() throws Exception {
        open();
        Path nowhere = tmp.resolve("no-such-folder").resolve("briefing.png");
        dialogs.toSave = nowhere;
        robot.clickOn("#briefingExport");
        waitUntil(() -> robot.lookup("#errorText").tryQuery().isPresent());
        assertThat(Files.exists(nowhere)).isFalse();
        assertThat(text("#briefingProgress")).contains("nothing was written");
        robot.clickOn("OK");
        assertThat(robot.lookup("#briefingDialog").tryQuery()).as("the dialog stays for another try").isPresent();
        robot.clickOn("Cancel");
    }

    @Test
    void impossibleCustomSizesDisableExportAndSayWhy() throws Exception {
        open();
        chooseSize("Custom size…");
        waitUntil(() -> robot.lookup("#briefingCustomWidth").query().isVisible());
        replaceText("#briefingCustomWidth .text-field", "18000");
        waitUntil(() -> text("#briefingProblem").contains("16384 pixels per side"));
        assertThat(fx(() -> robot.lookup("#briefingExport").query().isDisabled())).isTrue();
        replaceText("#briefingCustomWidth .text-field", "2400");
        waitUntil(() -> text("#briefingInfo").equals("PNG · 2400 × 1000 px · 96 dpi"));
        assertThat(fx(() -> robot.lookup("#briefingExport").query().isDisabled())).isFalse();
        robot.clickOn("Cancel");
    }
}
