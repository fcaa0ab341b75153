package org.redmap.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.redmap.export.SidecarCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redmap verify FILE}: whether an exported image and its sidecar belong together. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = RedmapCommand.Version.class,
        description = {"Checks an exported image against its sidecar FILE.json: the sidecar must name the image's"
                + " size and SHA-256.",
                "Exit 0 and \"matches: short id ..., title ...\" when they do; exit 3 and what differs when the"
                        + " sidecar is missing, unreadable, or describes another file (an export interrupted,"
                        + " or a file replaced)."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "an exported image (FILE.png, .svg or .pdf), or its sidecar FILE.png.json")
    Path file;

    @Override
    public Integer call() throws IOException {
        SidecarCheck.Match m = SidecarCheck.verify(file);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "matches: short id %s, title \"%s\"%n", m.shortId(), m.title());
        out.printf(Locale.ROOT, "  %s: %,d bytes, SHA-256 %s%n  %s: exported %s%n", m.image(), m.bytes(), m.sha256(),
                m.sidecar().getFileName(), m.exportedAt());
        out.flush();
        return Launcher.OK;
    }
}
