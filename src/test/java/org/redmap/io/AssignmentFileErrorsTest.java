package org.redmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redmap.tagging.AssignmentBook;

/** Every kind of broken file fails with a message naming the file, the place and the problem. */
class AssignmentFileErrorsTest {

    /** A small valid file; each test breaks one thing in it. */
    private static final String VALID = """
            {
              "format": "redmap-vendor-assignments",
              "version": 1,
              "network": "Test network",
              "sources": {
                "rep": {"title": "A report", "publisher": "A paper", "date": "2019-05-09", "url": "https://example.org/a"}
              },
              "vendors": {"nokia": {"name": "Nokia"}, "huawei": {"name": "Huawei"}},
              "match": {"iso": ["id"], "inegi": ["CVE_ENT"], "name": ["name"]},
              "regions": [
                {"iso": "MX-SON", "inegi": "26", "name": "Sonora",
                 "vendor": "nokia", "basis": "inferred", "confidence": "medium", "sources": ["rep"], "note": "why"},
                {"iso": "MX-COA", "inegi": "05", "name": "Coahuila",
                 "vendor": "nokia", "basis": "inferred", "confidence": "low", "sources": ["rep"], "note": "why"}
              ],
              "places": [
                {"id": "tampico", "name": "Tampico", "kind": "exception", "anchor": {"city": "Tampico"},
                 "vendor": "huawei", "basis": "reported", "confidence": "medium", "sources": ["rep"]}
              ],
              "elements": [
                {"id": "core", "name": "Core", "vendor": "nokia", "basis": "reported", "confidence": "high", "sources": ["rep"]}
              ],
              "conflicts": [
                {"id": "backbone", "topic": "Backbone", "claims": [
                  {"vendor": "huawei", "statement": "Huawei", "sources": ["rep"]},
                  {"vendor": "nokia", "statement": "Nokia", "sources": ["rep"]}]}
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theBaseFileIsValid() throws IOException {
        AssignmentBook book = read(VALID);
        assertThat(book.regionRules()).hasSize(2);
        assertThat(book.regionRules().get(1).inegi()).isEqualTo("05");
    }

    @Test
    void unknownVendorNamesFileRulePointerLineAndDeclaredVendors() {
        String text = VALID.replace("\"vendor\": \"nokia\", \"basis\": \"inferred\", \"confidence\": \"low\"",
                "\"vendor\": \"nokai\", \"basis\": \"inferred\", \"confidence\": \"low\"");
        AssignmentFileException e = fails(text, "/regions/1/vendor", "unknown vendor 'nokai'", "region rule 1 (MX-COA)",
                "declared vendors: nokia, huawei");
        assertThat(e.line()).isEqualTo(lineOf(text, "nokai"));
        assertThat(e.getMessage()).contains("line " + lineOf(text, "nokai") + ", column ");
    }

    @Test
    void unknownSourceId() {
        fails(VALID.replace("\"low\", \"sources\": [\"rep\"]", "\"low\", \"sources\": [\"reuters\"]"),
                "/regions/1/sources/0", "unknown source 'reuters'");
    }

    @Test
    void badBasis() {
        fails(VALID.replace("\"basis\": \"inferred\", \"confidence\": \"low\"", "\"basis\": \"rumoured\", \"confidence\": \"low\""),
                "/regions/1/basis", "unknown basis 'rumoured'");
    }

    @Test
    void badConfidence() {
        fails(VALID.replace("\"confidence\": \"low\"", "\"confidence\": \"certain\""),
                "/regions/1/confidence", "unknown confidence 'certain'");
    }

    @Test
    void missingVendor() {
        fails(VALID.replace("\"vendor\": \"nokia\", \"basis\": \"inferred\", \"confidence\": \"low\",",
                "\"basis\": \"inferred\", \"confidence\": \"low\","), "/regions/1 ", "missing required field 'vendor'");
    }

    @Test
    void missingSection() {
        fails(VALID.replace("\"network\": \"Test network\",", ""), "broken-assignments.json: ", "missing required field 'network'");
    }

    @Test
    void sectionOfTheWrongType() {
        fails(VALID.replace("\"match\": {\"iso\": [\"id\"], \"inegi\": [\"CVE_ENT\"], \"name\": [\"name\"]}",
                "\"match\": [\"id\"]"), "/match", "'match' must be a JSON object");
        fails(VALID.replace("\"match\": {\"iso\": [\"id\"], \"inegi\": [\"CVE_ENT\"], \"name\": [\"name\"]},", ""),
                "broken-assignments.json: ", "missing required field 'match'");
    }

    @Test
    void inferredRuleWithoutReason() {
        fails(VALID.replace("\"sources\": [\"rep\"], \"note\": \"why\"}\n  ]", "\"sources\": [\"rep\"]}\n  ]"),
                "/regions/1", "must say in 'note' what it was inferred from");
    }

    @Test
    void wrongFormat() {
        fails(VALID.replace("redmap-vendor-assignments", "redmap-coverage"), "/format", "not a vendor-assignments file");
    }

    @Test
    void newerVersionSaysSoBeforeComplainingAboutNewKeys() {
        fails(VALID.replace("\"version\": 1,", "\"version\": 2, \"colours\": {},"), "/version",
                "made by a newer redmap", "version 2");
    }

    @Test
    void versionMustBeANumber() {
        fails(VALID.replace("\"version\": 1,", "\"version\": \"1\","), "/version", "whole number");
    }

    @Test
    void duplicateRuleByIso() {
        fails(VALID.replace("\"iso\": \"MX-COA\"", "\"iso\": \"mx-son\""), "/regions/1/iso",
                "duplicate rule for the same region", "iso MX-SON", "/regions/0");
    }

    @Test
    void duplicateRuleByInegiComparesPaddedCodes() {
        fails(VALID.replace("\"inegi\": \"05\"", "\"inegi\": 26"), "/regions/1/inegi",
                "duplicate rule for the same region", "inegi 26");
        fails(VALID.replace("\"inegi\": \"26\"", "\"inegi\": \"5\""), "/regions/1/inegi",
                "duplicate rule for the same region", "inegi 05");
    }

    @Test
    void duplicateRuleByFoldedName() {
        fails(VALID.replace("\"name\": \"Coahuila\"", "\"name\": \"SONORÁ\""), "/regions/1/name",
                "duplicate rule for the same region", "name sonora");
    }

    @Test
    void unknownTopLevelKeyIsRejected() {
        fails(VALID.replace("\"network\":", "\"regionz\": [], \"network\":"), "/regionz", "unknown key 'regionz'");
    }

    @Test
    void misspeltRuleKeyIsRejected() {
        fails(VALID.replace("\"confidence\": \"low\"", "\"confidence\": \"low\", \"confidance\": \"low\""),
                "/regions/1/confidance", "unknown key 'confidance'");
    }

    @Test
    void invalidJsonGivesLineAndColumn() {
        AssignmentFileException e = fails(VALID.replace("\"version\": 1,", "\"version\": 1,,"), "line 3, column",
                "not valid JSON");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void repeatedJsonKeyIsInvalid() {
        fails(VALID.replace("\"version\": 1,", "\"version\": 1, \"version\": 1,"), "not valid JSON", "version");
    }

    @Test
    void emptyFile() {
        fails("", "the file is empty");
    }

    @Test
    void sourceDateMustBeReal() {
        fails(VALID.replace("2019-05-09", "2019-13"), "/sources/rep/date", "not a real date");
        fails(VALID.replace("2019-05-09", "9 May 2019"), "/sources/rep/date", "not a real date");
    }

    @Test
    void sourceUrlMustBeHttp() {
        fails(VALID.replace("https://example.org/a", "www.example.org/a"), "/sources/rep/url", "http or https");
    }

    @Test
    void reservedVendorId() {
        fails(VALID.replace("\"huawei\": {\"name\": \"Huawei\"}", "\"unassigned\": {\"name\": \"?\"}"),
                "/vendors/unassigned", "reserved");
    }

    @Test
    void anchorMustHaveExactlyOneForm() {
        fails(VALID.replace("{\"city\": \"Tampico\"}", "{\"city\": \"Tampico\", \"region\": \"MX-TAM\"}"),
                "/places/0/anchor", "exactly one of", "place 0 (tampico)");
        fails(VALID.replace("{\"city\": \"Tampico\"}", "{\"lon\": -97.9}"), "/places/0/anchor",
                "missing required field 'lat'");
        fails(VALID.replace("{\"city\": \"Tampico\"}", "{\"lon\": -97.9, \"lat\": 122.3}"), "/places/0/anchor",
                "outside WGS 84");
    }

    @Test
    void unknownPlaceKind() {
        fails(VALID.replace("\"kind\": \"exception\"", "\"kind\": \"tower\""), "/places/0/kind",
                "unknown place kind 'tower'");
    }

    @Test
    void reportedAssignmentNeedsASource() {
        fails(VALID.replace("\"confidence\": \"high\", \"sources\": [\"rep\"]", "\"confidence\": \"high\", \"sources\": []"),
                "/elements/0", "needs at least one source");
    }

    @Test
    void conflictNeedsTwoVendors() {
        fails(VALID.replace("{\"vendor\": \"nokia\", \"statement\"", "{\"vendor\": \"huawei\", \"statement\""),
                "/conflicts/0/claims", "at least two different vendors");
    }

    private AssignmentBook read(String text) throws IOException {
        Path file = dir.resolve("broken-assignments.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new AssignmentFileReader().read(file);
    }

    private AssignmentFileException fails(String text, String... expectedParts) {
        assertThat(text).as("the test must change the valid file").isNotEqualTo(VALID);
        try {
            read(text);
        } catch (AssignmentFileException e) {
            assertThat(e.getMessage()).startsWith("broken-assignments.json: ").contains(expectedParts);
            assertThat(e.file()).isEqualTo("broken-assignments.json");
            return e;
        } catch (IOException e) {
            throw new AssertionError("expected an AssignmentFileException", e);
        }
        throw new AssertionError("the broken file was accepted");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle);
    }
}
