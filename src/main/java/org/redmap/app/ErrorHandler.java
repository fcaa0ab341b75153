package org.redmap.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a message on stderr and an exit code. Input problems are the
 * user's to fix, so they get the message alone (it names the file, feature, line and column) and
 * no stack trace; anything else is a bug and says so.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    /** Set this environment variable to see the whole stack trace of an internal error. */
    static final String DEBUG = "REDMAP_DEBUG";

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code = exitCode(ex);
        if (code == Launcher.BAD_INPUT) {
            err.println(name(commandLine) + ": " + message(ex));
        } else {
            err.println(name(commandLine) + ": internal error: " + ex);
            if (System.getenv(DEBUG) != null) {
                ex.printStackTrace(err);
            } else {
                StackTraceElement[] trace = ex.getStackTrace();
                if (trace.length > 0) err.println("    at " + trace[0]);
            }
            err.println("This is a bug in redmap. Please report it with the command line you ran"
                    + " (set " + DEBUG + "=1 for the full stack trace).");
        }
        err.flush();
        return code;
    }

    /** A usage error: what is wrong, then how the command is used (or close matches for a typo). */
    static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(name(cmd) + ": " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println();
            err.print(cmd.getUsageMessage(cmd.getColorScheme()));
        }
        err.flush();
        return Launcher.USAGE;
    }

    private static String name(CommandLine cmd) {
        return cmd.getParent() == null ? "redmap" : "redmap " + cmd.getCommandName();
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof CommandLine.ParameterException) return Launcher.USAGE;
        if (ex instanceof IOException || ex instanceof UncheckedIOException) return Launcher.BAD_INPUT;
        return Launcher.INTERNAL;
    }

    private static String message(Throwable ex) {
        Throwable e = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
