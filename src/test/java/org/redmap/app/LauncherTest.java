package org.redmap.app;

import org.redmap.project.Release;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redmap.io.GeoJsonException;

/** The entry point: which path runs, and what each kind of failure exits with. */
class LauncherTest {

    @Test
    void versionAndHelp() {
        Cli version = Cli.run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).isEqualTo("redmap " + Release.VERSION);

        Cli help = Cli.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("export").contains("regions").contains("bench").contains("Exit codes");

        for (String command : List.of("export", "regions", "bench")) {
            Cli sub = Cli.run(command, "--help");
            assertThat(sub.code()).as(command).isZero();
            assertThat(sub.out()).contains("Usage: redmap " + command);
        }
        assertThat(Cli.run("export", "--help").out()).contains("vendor").contains("legend").contains("attribution");
    }

    @Test
    void noSubcommandOpensTheWindowAndReturnsItsExitCode() {
        List<String[]> opened = new ArrayList<>();
        Cli run = Cli.run(new String[0], (args, err) -> {
            opened.add(args);
            return 0;
        });

        assertThat(run.code()).isZero();
        assertThat(opened).hasSize(1);
    }

    @Test
    void aProjectArgumentIsHandedToTheWindowAsAnAbsolutePath() {
        List<String[]> opened = new ArrayList<>();
        Cli run = Cli.run(new String[] {"data/examples/briefing.redmap.json"}, (args, err) -> {
            opened.add(args);
            return 0;
        });

        assertThat(run.code()).isZero();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0)).containsExactly(java.nio.file.Path.of("data/examples/briefing.redmap.json")
                .toAbsolutePath().normalize().toString());
    }

    @Test
    void missingWindowClassIsAClearErrorWithExit1() {
        StringWriter text = new StringWriter();
        int code = GuiLauncher.launch("org.redmap.ui.NoSuchApp", new String[0], new PrintWriter(text, true));

        assertThat(code).isEqualTo(Launcher.INTERNAL);
        assertThat(text.toString()).contains("org.redmap.ui.NoSuchApp").contains("missing").contains("redmap export");
    }

    @Test
    void aClassThatIsNotAnApplicationIsRefused() {
        StringWriter text = new StringWriter();
        int code = GuiLauncher.launch(String.class.getName(), new String[0], new PrintWriter(text, true));

        assertThat(code).isEqualTo(Launcher.INTERNAL);
        assertThat(text.toString()).contains("not a JavaFX Application");
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        Cli unknown = Cli.run("print");
        assertThat(unknown.code()).isEqualTo(Launcher.USAGE);
        assertThat(unknown.err()).contains("print");

        Cli option = Cli.run("--regions", "x.geojson");
        assertThat(option.code()).isEqualTo(Launcher.USAGE);
    }

    @Test
    void exitCodesByKindOfFailure() {
        assertThat(ErrorHandler.exitCode(new GeoJsonException("a.geojson", 1, null, 2, 3, "bad"))).isEqualTo(Launcher.BAD_INPUT);
        assertThat(ErrorHandler.exitCode(new IOException("disk full"))).isEqualTo(Launcher.BAD_INPUT);
        assertThat(ErrorHandler.exitCode(new IllegalStateException("bug"))).isEqualTo(Launcher.INTERNAL);
        assertThat(ErrorHandler.exitCode(new NullPointerException())).isEqualTo(Launcher.INTERNAL);
    }
}
