package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redmap.model.Basis;
import org.redmap.model.MapDocument;
import org.redmap.model.Source;
import org.redmap.model.TaggedRegion;
import org.redmap.model.Vendor;

class InspectorTextTest {

    private final MapDocument doc = TestMaps.loader().defaultDocument();

    @Test
    void aRegionShowsVendorBasisInWordsConfidenceMatchNoteAndEverySource() {
        TaggedRegion sonora = doc.region("MX-SON");
        String text = InspectorText.region(sonora);
        assertThat(text).contains("Vendor: Nokia", "Basis: inferred: derived from reporting about a wider area",
                "Confidence: medium", "Matched by: id MX-SON", "\nNote\n");
        for (Source s : InspectorText.sources(sonora)) {
            assertThat(text).contains(s.publisher(), s.title(), s.date(), s.url());
        }
        assertThat(text).contains("http");
    }

    @Test
    void aSourceWhoseTitleWasReconstructedSaysSoInTheInspectorAndInItsCitation() {
        TaggedRegion oaxaca = doc.region("MX-OAX");
        Source formato7 = InspectorText.sources(oaxaca).stream().filter(s -> s.publisher().equals("formato7"))
                .findFirst().orElseThrow();

        assertThat(formato7.note()).startsWith("Descriptive title, not the original headline");
        assertThat(InspectorText.region(oaxaca)).contains("About this entry: Descriptive title, not the original headline");
        assertThat(formato7.citation()).endsWith("[" + formato7.note() + "]");
    }

    @Test
    void anOverrideSaysAnalystAndThatTheAnalystIsTheSource() {
        TaggedRegion overridden = doc.withOverride("MX-SON", new Vendor("huawei", "Huawei"), "field visit").region("MX-SON");
        String text = InspectorText.region(overridden);
        assertThat(text).contains("Vendor: Huawei", "Basis: analyst", "field visit", "Matched by: analyst override",
                "the analyst is the source");
        assertThat(text).doesNotContain("OVERRIDDEN RULE");
        String withRule = InspectorText.region(overridden, doc.region("MX-SON"));
        assertThat(withRule.substring(withRule.indexOf("OVERRIDDEN RULE")))
                .contains("Vendor: Nokia", "Basis: inferred", "Matched by: id MX-SON", "http");
    }

    @Test
    void everyBasisIsExplained() {
        for (Basis b : Basis.values()) assertThat(InspectorText.basis(b)).startsWith(b.key() + ": ").hasSizeGreaterThan(30);
    }

    @Test
    void theOverviewShowsBothSidesOfEachConflictWithTheirSources() {
        String text = InspectorText.overview(doc);
        assertThat(text).contains("NETWORK-WIDE ELEMENTS", "Network core", "SOURCES DISAGREE", "Backbone",
                "Claim A: Huawei", "Claim B: Nokia", "SITES ON THE MAP", "Tampico");
        doc.conflicts().forEach(c -> c.claims().forEach(claim -> claim.sources()
                .forEach(s -> assertThat(text).contains(s.url()))));
    }

    @Test
    void citationsAreOneALineEachSourceOnce() {
        Source s = doc.region("MX-SON").assignment().orElseThrow().sources().get(0);
        String citations = InspectorText.citations(java.util.List.of(s, s));
        assertThat(citations).isEqualTo(s.citation());
        assertThat(InspectorText.citations(InspectorText.sources(doc)).lines())
                .hasSize(InspectorText.sources(doc).size())
                .allSatisfy(line -> assertThat(line).contains("http"));
    }
}
