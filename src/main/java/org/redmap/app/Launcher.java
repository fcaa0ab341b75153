package org.redmap.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * The one entry point of the runnable jar. With no arguments it opens the window; with a
 * subcommand ({@code export}, {@code regions}, {@code bench}) it runs headless and never touches
 * JavaFX. A plain class, not an {@code Application}, so the shaded jar starts on the class path.
 *
 * <p>Exit codes: {@value #OK} success; {@value #INTERNAL} an unexpected internal error;
 * {@value #USAGE} a usage error (unknown option or layer, a bad or missing value, an output folder
 * that does not exist); {@value #BAD_INPUT} a file could not be read or written (a broken GeoJSON or
 * vendor-assignments file, a missing input file, a failed write).
 */
public final class Launcher {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;

    /** The JavaFX application class, looked up by name until the window lands on main. */
    static final String APP_CLASS = "org.redmap.ui.RedmapApp";

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line and returns its exit code; writes data to {@code out}, messages to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, (guiArgs, errors) -> GuiLauncher.launch(APP_CLASS, guiArgs, errors));
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with what opens the window replaceable for tests. */
    static int run(String[] args, PrintStream out, PrintStream err, GuiStarter gui) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(gui, outWriter, errWriter).execute(args);
        } catch (OutOfMemoryError e) {
            errWriter.println("redmap: " + OutOfMemory.message(e, Runtime.getRuntime().maxMemory()));
            return INTERNAL;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine(GuiStarter gui, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RedmapCommand(gui));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(new HeadlessForSubcommands());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        // A ParameterException, from picocli or from a command's own checks, prints the message and
        // the usage, and exits with USAGE.
        cl.setParameterExceptionHandler(ErrorHandler::usage);
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        return cl;
    }

    /** Every subcommand runs without a display: set before anything touches AWT. */
    private static final class HeadlessForSubcommands implements IExecutionStrategy {
        @Override
        public int execute(ParseResult parseResult) {
            if (parseResult.hasSubcommand()) System.setProperty("java.awt.headless", "true");
            return new CommandLine.RunLast().execute(parseResult);
        }
    }

    /** Opens the window; returns the exit code. */
    @FunctionalInterface
    interface GuiStarter {
        int start(String[] args, PrintWriter err);
    }
}
