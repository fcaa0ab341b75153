package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** File → Import coverage table… with a table that gives no region a value. */
class UnusableCoverageTableTest extends WindowTest {

    @Test
    void aTableWithNoUsableRowIsAnErrorAndTheMapStaysAsItWas() throws Exception {
        Path csv = tmp.resolve("unusable.csv");
        Files.writeString(csv, "region_id,coverage\nMX-SON,172.5\nMX-XXX,0.5\n", StandardCharsets.UTF_8);
        var before = shown();
        dialogs.toImport = csv;
        robot.clickOn("File").clickOn("Import coverage table…");
        waitUntil(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        assertThat(text("#errorText")).startsWith("unusable.csv: no row could be used, 0 of 32 regions would have a value");
        assertThat(fx(() -> window.state().analysis() == null || window.state().analysis().coverageTable().isEmpty())).isTrue();
        assertThat(text("#statusMessage")).isEqualTo("Could not import unusable.csv");
        assertThat(robot.lookup("#joinSummary").tryQuery()).isEmpty();
        assertThat(shown().overlays()).isEqualTo(before.overlays());
    }
}
