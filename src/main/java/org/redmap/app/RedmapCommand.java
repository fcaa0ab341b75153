package org.redmap.app;

import org.redmap.project.Release;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redmap} with no subcommand: opens the window, on a project if one is named. */
@Command(name = "redmap", mixinStandardHelpOptions = true, versionProvider = RedmapCommand.Version.class,
        description = {"Who built Mexico's Red Compartida 4G/5G network, on a map.",
                "Without a command, opens the map window (on PROJECT, a *.redmap.json file, if given).",
                "The commands run without a display."},
        subcommands = {ExportCommand.class, RegionsCommand.class, BandsCommand.class, BenchCommand.class,
                VerifyCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  unexpected internal error", "  2  usage error (bad option or value)",
                "  3  an input file could not be read, or the output could not be written"})
final class RedmapCommand implements Callable<Integer> {

    private final Launcher.GuiStarter gui;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PROJECT", description = "a project file (*.redmap.json) to open in the window")
    Path project;

    RedmapCommand(Launcher.GuiStarter gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        if (project != null && !java.nio.file.Files.isRegularFile(project)) {
            // A mistyped command would otherwise be taken for a project that is not there.
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "'" + project + "' is neither a command ("
                    + String.join(", ", spec.subcommands().keySet()) + ") nor a project file that exists");
        }
        String[] args = project == null ? new String[0] : new String[] {project.toAbsolutePath().normalize().toString()};
        return gui.start(args, spec.commandLine().getErr());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"redmap " + Release.VERSION};
        }
    }
}
