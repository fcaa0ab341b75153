package org.redmap.app;

import java.io.PrintWriter;
import javafx.application.Application;

/**
 * Starts the JavaFX window by class name. Kept apart from {@link Launcher}, and by name, so that the
 * headless command-line path never loads a JavaFX class.
 */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static int launch(String className, String[] args, PrintWriter err) {
        Class<? extends Application> app;
        try {
            app = Class.forName(className).asSubclass(Application.class);
        } catch (ClassNotFoundException | ClassCastException | LinkageError e) {
            err.println("redmap: the map window is not part of this build (" + className + " "
                    + (e instanceof ClassCastException ? "is not a JavaFX Application" : "is missing") + ").");
            err.println("The command line works: try 'redmap export --out map.png' or 'redmap --help'.");
            return Launcher.INTERNAL;
        }
        try {
            Application.launch(app, args);
            return Launcher.OK;
        } catch (RuntimeException | LinkageError e) {
            err.println("redmap: could not open the map window: " + describe(e));
            err.println("Without a display, use a subcommand instead, for example 'redmap export --out map.png'.");
            return Launcher.INTERNAL;
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getClass().getSimpleName() + ": " + message;
    }
}
