package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redmap.model.Basis;
import org.redmap.model.Claim;
import org.redmap.model.Confidence;
import org.redmap.model.Conflict;
import org.redmap.model.NetworkElement;
import org.redmap.model.Region;
import org.redmap.model.SiteKind;
import org.redmap.model.Source;
import org.redmap.model.Vendor;
import org.redmap.tagging.Anchor;
import org.redmap.tagging.AssignmentBook;
import org.redmap.tagging.PlaceRule;
import org.redmap.tagging.RegionRule;
import org.redmap.tagging.TestData;

/** The shipped data/vendor-assignments.json: complete, sourced, and honest about what is inferred. */
class AssignmentFileReaderTest {

    private static AssignmentBook book;
    private static List<Region> states;

    @BeforeAll
    static void read() {
        book = TestData.book();
        states = TestData.states();
    }

    @Test
    void declaresTheTwoVendorsInLegendOrder() {
        assertThat(book.vendors()).containsExactly(new Vendor("nokia", "Nokia"), new Vendor("huawei", "Huawei"));
        assertThat(book.network()).contains("Red Compartida");
    }

    @Test
    void everyStateHasExactlyOneRuleWhoseKeysAgreeWithTheStatesFile() {
        assertThat(book.regionRules()).hasSize(32);
        for (Region state : states) {
            List<RegionRule> rules = book.regionRules().stream().filter(r -> state.id().equals(r.iso())).toList();
            assertThat(rules).as(state.id()).hasSize(1);
            assertThat(rules.get(0).inegi()).as(state.id()).isEqualTo(state.property("inegi"));
            assertThat(rules.get(0).name()).as(state.id()).isEqualTo(state.name());
        }
    }

    @Test
    void everyStateRuleIsInferredWithAReasonAndAWebSource() {
        for (RegionRule rule : book.regionRules()) {
            assertThat(rule.assignment().basis()).as(rule.label()).isEqualTo(Basis.INFERRED);
            assertThat(rule.assignment().note()).as(rule.label()).contains("inference");
            assertThat(rule.assignment().sources()).as(rule.label()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.url()).matches("https?://[^/\\s]+/.*"));
        }
    }

    @Test
    void stateSplitIsTheOneTheLeadDecided() {
        Map<String, String> split = book.regionRules().stream().collect(Collectors.toMap(RegionRule::iso,
                r -> r.assignment().vendor().id() + "/" + r.assignment().confidence().key()));
        expect(split, "nokia/medium", "BCN", "SON", "CHH", "COA", "NLE", "TAM", "JAL");
        expect(split, "nokia/low", "BCS", "SIN", "DUR", "NAY", "COL");
        expect(split, "huawei/low", "ZAC", "AGU", "SLP", "MIC");
        expect(split, "huawei/medium", "GUA", "QUE", "HID", "MEX", "CMX", "MOR", "TLA", "PUE", "VER", "GRO", "OAX",
                "CHP", "TAB", "CAM", "YUC", "ROO");
        assertThat(split).hasSize(7 + 5 + 4 + 16);
    }

    private static void expect(Map<String, String> split, String tag, String... states) {
        for (String s : states) assertThat(split.get("MX-" + s)).as("MX-" + s).isEqualTo(tag);
    }

    @Test
    void statesWithAReportedHuaweiCityMentionIt() {
        assertThat(rule("MX-COA").assignment().note()).contains("Torreón");
        assertThat(rule("MX-TAM").assignment().note()).contains("Tampico");
        assertThat(rule("MX-SIN").assignment().note()).contains("Culiacán");
    }

    @Test
    void everySourceIsCompleteAndWebAddressed() {
        assertThat(book.sources()).isNotEmpty().allSatisfy(entry -> {
            Source s = entry.source();
            assertThat(s.url()).startsWith("http");
            assertThat(s.title()).isNotBlank();
            assertThat(s.publisher()).isNotBlank();
        });
    }

    @Test
    void citiesWithHuaweiWorkAreReportedExceptions() {
        for (String city : List.of("Tampico", "Torreón", "Culiacán")) {
            PlaceRule place = place(city);
            assertThat(place.kind()).isEqualTo(SiteKind.EXCEPTION);
            assertThat(place.anchor()).isInstanceOf(Anchor.City.class);
            assertThat(place.assignment().vendor().id()).isEqualTo("huawei");
            assertThat(place.assignment().basis()).isEqualTo(Basis.REPORTED);
            assertThat(place.assignment().confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(place.assignment().note()).contains("no city was reassigned");
        }
    }

    @Test
    void coreDataCentresAreNokiaAndTheStateLevelOneIsApproximate() {
        PlaceRule monterrey = place("Core data centre, Monterrey");
        assertThat(monterrey.anchor()).isEqualTo(new Anchor.City("Monterrey", "MX-NLE"));
        assertThat(monterrey.assignment().vendor().id()).isEqualTo("nokia");
        PlaceRule mexico = place("Core data centre, State of Mexico");
        assertThat(mexico.anchor()).isEqualTo(new Anchor.OfRegion("MX-MEX"));
        assertThat(mexico.approximate()).isTrue();
        assertThat(mexico.assignment().basis()).isEqualTo(Basis.REPORTED);
    }

    @Test
    void theCoreIsAReportedNokiaElement() {
        NetworkElement core = book.elements().stream().filter(e -> e.id().equals("core")).findFirst().orElseThrow();
        assertThat(core.name()).contains("NOC").contains("SOC");
        assertThat(core.assignment().vendor().id()).isEqualTo("nokia");
        assertThat(core.assignment().basis()).isEqualTo(Basis.REPORTED);
        assertThat(core.assignment().sources()).extracting(Source::publisher).contains("telecoms.com", "formato7");
    }

    @Test
    void backboneConflictShowsBothClaimsWithSources() {
        Conflict backbone = book.conflicts().stream().filter(c -> c.id().equals("backbone")).findFirst().orElseThrow();
        Set<String> vendors = backbone.claims().stream().map(c -> c.vendor().id()).collect(Collectors.toSet());
        assertThat(vendors).containsExactlyInAnyOrder("huawei", "nokia");
        assertThat(backbone.claims()).allSatisfy(c -> assertThat(c.sources()).isNotEmpty());
        Claim huawei = backbone.claims().stream().filter(c -> c.vendor().id().equals("huawei")).findFirst().orElseThrow();
        assertThat(huawei.sources()).extracting(Source::publisher).contains("telecoms.com", "El Universal");
    }

    private static RegionRule rule(String iso) {
        return book.regionRules().stream().filter(r -> iso.equals(r.iso())).findFirst().orElseThrow();
    }

    private static PlaceRule place(String name) {
        return book.placeRules().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
