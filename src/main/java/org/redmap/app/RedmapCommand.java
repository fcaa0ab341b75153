package org.redmap.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code redmap} with no subcommand: opens the window. */
@Command(name = "redmap", mixinStandardHelpOptions = true, versionProvider = RedmapCommand.Version.class,
        description = {"Who built Mexico's Red Compartida 4G/5G network, on a map.",
                "Without a command, opens the map window. The commands run without a display."},
        subcommands = {ExportCommand.class, RegionsCommand.class, BandsCommand.class, BenchCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  unexpected internal error", "  2  usage error (bad option or value)",
                "  3  an input file could not be read, or the output could not be written"})
final class RedmapCommand implements Callable<Integer> {

    private final Launcher.GuiStarter gui;

    @Spec
    CommandSpec spec;

    RedmapCommand(Launcher.GuiStarter gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        return gui.start(new String[0], spec.commandLine().getErr());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"redmap " + Launcher.VERSION};
        }
    }
}
