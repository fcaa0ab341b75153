package org.redmap.export;

import org.redmap.io.AtomicFiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.redmap.render.MapRenderer;
import org.redmap.render.RenderRequest;

/**
 * Writes the renderer's image as PNG, with its resolution recorded (pHYs), atomically: a failed
 * export leaves no half-written file and an existing file untouched.
 */
public final class PngExporter {

    /** Logical pixels are CSS-like 1/96 inch, so a 2× export is 192 DPI. */
    public static final double LOGICAL_DPI = 96;

    private final MapRenderer renderer;

    public PngExporter(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders and writes; returns the image written, for callers that also show or copy it. */
    public BufferedImage export(RenderRequest request, Path out) throws IOException {
        BufferedImage image = renderer.render(request.forExport());
        write(image, LOGICAL_DPI * request.pixelScale(), out);
        return image;
    }

    /** Renders now; the writer returned encodes the image as PNG into whatever stream it is given. */
    AtomicFiles.Writer render(RenderRequest request) {
        BufferedImage image = renderer.render(request.forExport());
        double dpi = LOGICAL_DPI * request.pixelScale();
        return stream -> encode(image, dpi, stream);
    }

    public static void write(BufferedImage image, double dpi, Path out) throws IOException {
        AtomicFiles.write(out, stream -> encode(image, dpi, stream));
    }

    private static void encode(BufferedImage image, double dpi, OutputStream stream) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) throw new IOException("no PNG writer in this Java runtime");
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(stream)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            setDpi(metadata, dpi);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static void setDpi(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        String dotsPerMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", dotsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", dotsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }
}
