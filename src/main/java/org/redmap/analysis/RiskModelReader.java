package org.redmap.analysis;

import org.redmap.io.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.redmap.io.InputFiles;
import org.redmap.io.InputKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@code redmap-risk-model} file (format in data/README.md), strictly. */
public final class RiskModelReader {

    public static final String FORMAT = "redmap-risk-model";
    public static final int VERSION = 1;
    public static final String BUNDLED = "risk-model.json";

    public RiskModel read(Path file) throws IOException {
        return read(InputFiles.ofRuntime().readAllBytes(file, InputKind.JSON_CONFIG), file.getFileName().toString());
    }

    public RiskModel bundled() throws IOException {
        return read(StrictJson.bundled(BUNDLED), BUNDLED);
    }

    public RiskModel read(byte[] json, String fileName) throws DataFileException {
        StrictJson<DataFileException> f = StrictJson.parse(json, fileName, DataFileException::new);
        JsonNode root = f.root();
        f.checkFormat(FORMAT, VERSION);
        f.onlyKeys(root, "", "format", "version", "name", "note", "factors");
        List<RiskFactor> factors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> items = f.nonEmptyArray(root, "", "factors");
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            String p = StrictJson.child("/factors", i);
            JsonNode item = f.object(items.get(i), p);
            f.onlyKeys(item, p, "id", "label", "weight", "formula", "input", "assumption", "note");
            String id = f.text(item, p, "id");
            if (!id.matches("[a-z0-9_.-]+")) {
                throw f.error(StrictJson.child(p, "id"), "factor id '" + id + "' may use only a-z, 0-9, '_', '.' and '-'");
            }
            if (!ids.add(id)) throw f.error(StrictJson.child(p, "id"), "factor id '" + id + "' is used twice");
            double weight = f.number(item, p, "weight", 0, 1_000_000);
            total += weight;
            String label = f.optionalText(item, p, "label");
            factors.add(new RiskFactor(id, label == null ? id : label, weight,
                    formula(f, f.object(item, p, "formula"), StrictJson.child(p, "formula")),
                    f.text(item, p, "input"), f.text(item, p, "assumption")));
        }
        if (total <= 0) throw f.error("/factors", "at least one factor needs a weight above 0");
        return new RiskModel((int) root.get("version").asLong(), f.text(root, "", "name"), f.optionalText(root, "", "note"),
                factors);
    }

    private static FactorFormula formula(StrictJson<DataFileException> f, JsonNode node, String p) throws DataFileException {
        String kind = f.text(node, p, "kind");
        switch (kind) {
            case "vendor-table" -> {
                f.onlyKeys(node, p, "kind", "values", "otherwise");
                JsonNode values = f.object(node, p, "values");
                Map<String, Double> table = new LinkedHashMap<>();
                for (Iterator<String> it = values.fieldNames(); it.hasNext(); ) {
                    String vendor = it.next();
                    table.put(vendor, f.number(values, StrictJson.child(p, "values"), vendor, 0, 1));
                }
                return new FactorFormula.VendorTable(table, f.number(node, p, "otherwise", 0, 1));
            }
            case "border-distance" -> {
                f.onlyKeys(node, p, "kind", "zero_at_km");
                return new FactorFormula.BorderDecay(f.number(node, p, "zero_at_km", 0.001, 20_000));
            }
            case "core-site" -> {
                f.onlyKeys(node, p, "kind");
                return new FactorFormula.CoreSite();
            }
            case "population-share" -> {
                f.onlyKeys(node, p, "kind", "prefer");
                String prefer = f.text(node, p, "prefer");
                if (!prefer.equals("covered") && !prefer.equals("listed")) {
                    throw f.error(StrictJson.child(p, "prefer"), "'prefer' must be \"covered\" or \"listed\", found \"" + prefer + "\"");
                }
                return new FactorFormula.PopulationShare(prefer.equals("covered"));
            }
            default -> throw f.error(StrictJson.child(p, "kind"), "unknown formula kind '" + kind
                    + "' (expected vendor-table, border-distance, core-site or population-share)");
        }
    }
}
