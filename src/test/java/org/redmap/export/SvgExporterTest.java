package org.redmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.project.MapLoader;
import org.redmap.render.MapRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExporterTest {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    private static String svg;
    private static Document dom;

    @BeforeAll
    static void export() throws Exception {
        svg = new SvgExporter(new MapRenderer()).render(TestMaps.defaultRequest());
        dom = parse(svg);
    }

    static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }

    static Element textElement(Document doc, String content) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getTextContent().equals(content)) return (Element) nodes.item(i);
        }
        throw new AssertionError("no <text> " + content);
    }

    @Test
    void rootIsSizedInLogicalPixels() {
        Element root = dom.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 1920 1080");
        assertThat(root.getAttribute("width")).isEqualTo("1920px");
        assertThat(root.getAttribute("height")).isEqualTo("1080px");
        assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "space")).isEqualTo("preserve");
        assertThat(dom.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()).isEqualTo(MapLoader.DEFAULT_TITLE);
    }

    @Test
    void titleAndLegendAreText() {
        List<String> texts = texts(dom);
        assertThat(texts).contains(MapLoader.DEFAULT_TITLE, "Nokia", "Huawei", "Inferred from regional reporting",
                "Red Compartida: radio network vendor");
        // Region and city labels are text too; their halos are outlines, so each label is one <text>.
        assertThat(texts).contains("Tamaulipas", "Tampico").containsOnlyOnce("Huawei", "Tamaulipas");
    }

    @Test
    void textIsSetInDejaVuWithItsWeightAndExactSize() {
        Element title = textElement(dom, MapLoader.DEFAULT_TITLE);
        assertThat(title.getAttribute("style")).contains("font-family: \"DejaVu Sans\"", "sans-serif",
                "font-weight: bold", "font-size: 19px");
        // The legend's 10.5 px entries: 21 px at half scale, not rounded to 11 px.
        Element nokia = textElement(dom, "Nokia");
        assertThat(nokia.getAttribute("style")).contains("font-size: 21px").doesNotContain("font-weight");
        assertThat(((Element) nokia.getParentNode()).getAttribute("transform")).isEqualTo("matrix(0.5,0,0,0.5,0,0)");
        Element region = textElement(dom, "Tamaulipas");
        assertThat(region.getAttribute("style")).contains("\"DejaVu Sans Condensed\"", "font-weight: bold");
    }

    @Test
    void noImagesOnlyShapesAndText() {
        assertThat(dom.getElementsByTagNameNS(SVG, "image").getLength()).isZero();
        assertThat(svg).doesNotContain("<image", "data:image");
        // The hatching is lines clipped to the regions.
        assertThat(dom.getElementsByTagNameNS(SVG, "clipPath").getLength()).isPositive();
    }

    @Test
    void everyReferenceResolves() {
        Set<String> ids = new HashSet<>();
        NodeList all = dom.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) assertThat(ids.add(id)).as("unique id %s", id).isTrue();
        }
        NodeList uses = dom.getElementsByTagNameNS(SVG, "use");
        assertThat(uses.getLength()).as("repeated paths are shared").isPositive();
        for (int i = 0; i < uses.getLength(); i++) {
            String href = ((Element) uses.item(i)).getAttributeNS(XLINK, "href");
            assertThat(href).startsWith("#");
            assertThat(ids).contains(href.substring(1));
        }
        for (int i = 0; i < all.getLength(); i++) {
            String clip = ((Element) all.item(i)).getAttribute("clip-path");
            if (clip.isEmpty()) continue;
            assertThat(clip).startsWith("url(#").endsWith(")");
            assertThat(ids).contains(clip.substring(5, clip.length() - 1));
        }
    }

    @Test
    void customTitleIsEscapedAndShown() throws Exception {
        String title = "Briefing: Huawei & Nokia <draft> 'north'";
        String custom = new SvgExporter(new MapRenderer()).render(TestMaps.request(TestMaps.defaultDocument().withTitle(title)));
        Document doc = parse(custom);
        assertThat(texts(doc)).contains(title);
        assertThat(doc.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()).isEqualTo(title);
    }

    @Test
    void sameRequestSameBytes() {
        assertThat(new SvgExporter(new MapRenderer()).render(TestMaps.defaultRequest())).isEqualTo(svg);
    }

    @Test
    void compact() {
        // The default map: shapes at 0.01 px, relative path data, repeated paths shared.
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(450_000);
    }
}
