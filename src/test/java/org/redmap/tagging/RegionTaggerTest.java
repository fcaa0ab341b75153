package org.redmap.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.redmap.tagging.TestData.region;
import static org.redmap.tagging.TestData.square;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.redmap.io.AssignmentFileReader;
import org.redmap.model.Basis;
import org.redmap.model.Region;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;

class RegionTaggerTest {

    private static AssignmentBook book;
    private static List<Region> states;
    private static List<TaggedRegion> taggedStates;

    @BeforeAll
    static void load() {
        book = TestData.book();
        states = TestData.states();
        taggedStates = new RegionTagger(book).tag(states);
    }

    @Test
    void everyDefaultStateIsTaggedByItsIsoId() {
        assertThat(taggedStates).hasSize(32).allSatisfy(t -> {
            assertThat(t.vendor().isAssigned()).as(t.id()).isTrue();
            assertThat(t.matchedBy()).isEqualTo("id " + t.id());
        });
        assertThat(tagged("MX-SON").vendor().id()).isEqualTo("nokia");
        assertThat(tagged("MX-OAX").vendor().id()).isEqualTo("huawei");
    }

    @Test
    void idFallsBackToTheRegionIdWhenThePropertiesLackIt() {
        TaggedRegion t = tag(new Region("MX-YUC", "whatever", Map.of(), square(-89, 20.5, 0.1)));
        assertThat(t.vendor().id()).isEqualTo("huawei");
        assertThat(t.matchedBy()).isEqualTo("id MX-YUC");
    }

    @Test
    void municipalityMatchesItsStateRuleThroughStateId() {
        TaggedRegion t = tag(props("mun-1", "state_id", "MX-SON", "NOMGEO", "Hermosillo"));
        assertThat(t.vendor().id()).isEqualTo("nokia");
        assertThat(t.matchedBy()).isEqualTo("state_id MX-SON");
    }

    @Test
    void inegiCodesMatchZeroPadded() {
        assertThat(tag(props("a", "CVE_ENT", "5")).matchedBy()).isEqualTo("CVE_ENT 5");
        assertThat(tag(props("a", "CVE_ENT", "5")).assignment()).contains(rule("MX-COA").assignment());
        assertThat(tag(props("b", "CVE_ENT", "05")).assignment()).contains(rule("MX-COA").assignment());
        assertThat(tag(props("c", "cve_ent", 5)).assignment()).contains(rule("MX-COA").assignment());
        assertThat(tag(props("d", "inegi", 26.0)).assignment()).contains(rule("MX-SON").assignment());
        assertThat(tag(props("e", "inegi", "26")).matchedBy()).isEqualTo("inegi 26");
    }

    @Test
    void namesMatchWithoutAccentsOrCase() {
        TaggedRegion t = tag(props("x", "name", "Nuevo Leon"));
        assertThat(t.assignment()).contains(rule("MX-NLE").assignment());
        assertThat(t.matchedBy()).isEqualTo("name Nuevo Leon");
        assertThat(tag(props("y", "NOM_ENT", "MICHOACAN")).assignment()).contains(rule("MX-MIC").assignment());
        assertThat(tag(props("z", "name_short", "Estado de México")).assignment()).contains(rule("MX-MEX").assignment());
    }

    @Test
    void isoBeatsInegiBeatsName() {
        assertThat(tag(props("a", "id", "MX-SON", "inegi", "31", "name", "Yucatán")).matchedBy()).isEqualTo("id MX-SON");
        assertThat(tag(props("b", "id", "not-a-state", "inegi", "31", "name", "Sonora")).matchedBy()).isEqualTo("inegi 31");
        assertThat(tag(props("c", "id", "not-a-state", "inegi", "99", "name", "Sonora")).matchedBy()).isEqualTo("name Sonora");
    }

    @Test
    void unmatchedRegionWithoutReferenceIsUnassigned() {
        TaggedRegion t = tag(props("nowhere", "name", "Atlantis"));
        assertThat(t.assignment()).isEmpty();
        assertThat(t.vendor()).isEqualTo(Vendor.UNASSIGNED);
        assertThat(t.matchedBy()).isEmpty();
    }

    @Test
    void positionalFallbackUsesTheContainingState() throws ParseException {
        Point inside = TestData.state(states, "MX-SON").geometry().getInteriorPoint();
        Geometry cell = new WKTReader(TestData.GEOMETRY).read(String.format(java.util.Locale.ROOT,
                "POLYGON ((%1$f %2$f, %3$f %2$f, %3$f %4$f, %1$f %4$f, %1$f %2$f))",
                inside.getX() - 0.01, inside.getY() - 0.01, inside.getX() + 0.01, inside.getY() + 0.01));
        Region municipality = region("26030", Map.of("CVEGEO", "26030", "NOMGEO", "Somewhere"), cell);

        TaggedRegion t = new RegionTagger(book, taggedStates).tag(municipality);

        assertThat(t.vendor().id()).isEqualTo("nokia");
        assertThat(t.matchedBy()).isEqualTo("inside Sonora");
        assertThat(t.assignment().orElseThrow().basis()).isEqualTo(Basis.INFERRED);
        assertThat(t.assignment()).contains(rule("MX-SON").assignment());
    }

    @Test
    void keysStillBeatPosition() {
        Point inSonora = TestData.state(states, "MX-SON").geometry().getInteriorPoint();
        Region r = region("x", Map.of("state_id", "MX-YUC"), square(inSonora.getX(), inSonora.getY(), 0.01));
        assertThat(new RegionTagger(book, taggedStates).tag(r).matchedBy()).isEqualTo("state_id MX-YUC");
    }

    @Test
    void regionOutsideEveryReferenceStaysUnassigned() {
        Region texas = region("tx", Map.of(), square(-99.0, 31.5, 0.1));
        Region empty = region("empty", Map.of(), TestData.GEOMETRY.createPolygon());
        List<TaggedRegion> t = new RegionTagger(book, taggedStates).tag(List.of(texas, empty));
        assertThat(t).extracting(TaggedRegion::vendor).containsOnly(Vendor.UNASSIGNED);
    }

    @Test
    void positionalFallbackScalesTo100000Regions() {
        List<Region> cells = new ArrayList<>(100_000);
        // A 400 × 250 grid of small cells over Mexico's bounding box; a third falls at sea or abroad.
        for (int i = 0; i < 400; i++) {
            for (int j = 0; j < 250; j++) {
                double lon = -118 + i * 0.08;
                double lat = 14.5 + j * 0.073;
                cells.add(region("c" + i + "_" + j, Map.of(), square(lon, lat, 0.05)));
            }
        }
        RegionTagger tagger = new RegionTagger(book, taggedStates);
        List<TaggedRegion> tagged = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> tagger.tag(cells));
        assertThat(tagged).hasSize(100_000);
        long assigned = tagged.stream().filter(t -> t.vendor().isAssigned()).count();
        assertThat(assigned).isBetween(20_000L, 80_000L);
    }

    /** The municipality example of data/README.md, applied to the real file. */
    @Test
    void municipalityRuleAsDocumentedInTheReadme(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(TestData.ASSIGNMENTS.toFile());
        ((ObjectNode) root.get("match")).set("inegi", json.valueToTree(List.of("inegi", "CVEGEO", "CVE_ENT", "cve_ent")));
        ((ArrayNode) root.get("regions")).add(json.readTree("""
                {"inegi": "05035", "vendor": "huawei", "basis": "inferred", "confidence": "low",
                 "sources": ["reuters-euronews", "reuters-investing"],
                 "note": "Reuters (2019) reports Huawei work in the city of Torreón; extending it to the municipality is an inference."}
                """));
        Path file = dir.resolve("with-municipality.json");
        json.writeValue(file.toFile(), root);
        RegionTagger tagger = new RegionTagger(new AssignmentFileReader().read(file));

        TaggedRegion torreon = tagger.tag(props("m1", "CVEGEO", "05035", "CVE_ENT", "05", "NOMGEO", "Torreón"));
        TaggedRegion saltillo = tagger.tag(props("m2", "CVEGEO", "05030", "CVE_ENT", "05", "NOMGEO", "Saltillo"));

        assertThat(torreon.vendor().id()).isEqualTo("huawei");
        assertThat(torreon.matchedBy()).isEqualTo("CVEGEO 05035");
        assertThat(saltillo.vendor().id()).isEqualTo("nokia");
        assertThat(saltillo.matchedBy()).isEqualTo("CVE_ENT 05");
    }

    private static TaggedRegion tag(Region region) {
        return new RegionTagger(book).tag(region);
    }

    private static TaggedRegion tagged(String id) {
        return taggedStates.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static RegionRule rule(String iso) {
        return book.regionRules().stream().filter(r -> iso.equals(r.iso())).findFirst().orElseThrow();
    }

    /** A small square region far from Mexico (so position never matches) with the given properties. */
    private static Region props(String id, Object... keyValues) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) properties.put((String) keyValues[i], keyValues[i + 1]);
        return new Region(id, id, properties, square(0, 0, 1));
    }
}
