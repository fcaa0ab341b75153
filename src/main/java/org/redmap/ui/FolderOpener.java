package org.redmap.ui;

import java.nio.file.Path;

/**
 * Shows a folder in the desktop's file manager: the application's {@code HostServices} in the app,
 * a recorder in tests. May take a moment (it looks for a program to run): call it off the UI thread.
 */
@FunctionalInterface
interface FolderOpener {

    void open(Path folder);
}
