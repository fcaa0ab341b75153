package org.redmap.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.redmap.project.MapSource;

/**
 * Unsaved work from earlier sessions: the offer at start (and File → Restore unsaved work…), a
 * restore, and what follows a restore that failed. The work is never lost on the way: a failed
 * restore keeps the recovery as it is and says where; only Discard deletes one; Not now, or
 * closing a dialog, keeps every one for later. Reading and deleting run in the background.
 */
final class RecoveryActions {

    private final Window owner;
    private final RecoveryStore store;
    private final Autosaver autosaver;
    private final ProjectActions projects;
    private final FileDialogs dialogs;
    private final FolderOpener folders;
    private final BackgroundTasks background;
    private final Supplier<MapSource> source;
    private final Consumer<String> message;
    private final RecoveryText text = new RecoveryText(ZoneId.systemDefault());
    private Alert question;

    RecoveryActions(Window owner, RecoveryStore store, Autosaver autosaver, ProjectActions projects, FileDialogs dialogs,
                    FolderOpener folders, BackgroundTasks background, Supplier<MapSource> source, Consumer<String> message) {
        this.owner = owner;
        this.store = store;
        this.autosaver = autosaver;
        this.projects = projects;
        this.dialogs = dialogs;
        this.folders = folders;
        this.background = background;
        this.source = source;
        this.message = message;
    }

    /** The recovery question on screen (the offer, or a failed restore), for tests; null when none was asked. */
    Alert question() {
        return question;
    }

    /**
     * The map is loaded: the window is an untitled project; then it offers back unsaved work of
     * sessions that did not close cleanly, if there is any, or opens the project named on the
     * command line.
     */
    void started(Optional<Path> projectToOpen) {
        projects.started();
        background.run(store::unrestored, found -> {
            if (found.isEmpty()) projectToOpen.ifPresent(projects::open);
            else offer(found, projectToOpen);
        }, e -> {
            message.accept("Could not look for unsaved work of earlier sessions: " + e.getMessage());
            projectToOpen.ifPresent(projects::open);
        });
    }

    /** File → Restore unsaved work…: the offer again, with whatever is waiting now. */
    void offerAgain() {
        if (source.get() == null) {
            message.accept("Wait for the map to load");
            return;
        }
        background.run(store::unrestored, found -> {
            if (found.isEmpty()) message.accept("No unsaved work of earlier sessions is waiting");
            else offer(found, Optional.empty());
        }, e -> message.accept("Could not look for unsaved work of earlier sessions: " + e.getMessage()));
    }

    private void offer(List<RecoveryStore.Recovered> found, Optional<Path> otherwise) {
        ListView<RecoveryStore.Recovered> list = new ListView<>();
        Alert alert = RecoveryDialogs.offer(owner, text, found, list);
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            RecoveryStore.Recovered chosen = list.getSelectionModel().getSelectedItem();
            if (answer == RecoveryDialogs.RESTORE && chosen != null) {
                // The window may hold changes of its own (File → Restore unsaved work… later on): asked first.
                projects.confirmUnsaved(false, () -> restore(chosen, MovedDataFiles.NONE));
            } else if (answer == RecoveryDialogs.DISCARD && chosen != null) {
                discard(chosen, otherwise);
            } else {
                notNow(otherwise);
            }
        });
        question = alert;
        alert.show();
    }

    /** Thrown away on purpose; the rest, if any, are offered again. */
    private void discard(RecoveryStore.Recovered r, Optional<Path> otherwise) {
        background.run(() -> {
            store.discard(r);
            return store.unrestored();
        }, rest -> {
            message.accept("Discarded the unsaved changes from " + text.when(r.savedAt()));
            if (rest.isEmpty()) otherwise.ifPresent(projects::open);
            else offer(rest, otherwise);
        }, e -> Alerts.error(owner, "Could not discard the unsaved changes in " + r.project(), e));
    }

    /** Kept for later, and let go so that another window may offer them meanwhile. */
    private void notNow(Optional<Path> otherwise) {
        background.run(() -> {
            store.releaseOffered();
            return null;
        }, ok -> { }, e -> { });
        message.accept("The unsaved changes of earlier sessions are kept: File → Restore unsaved work… offers them again");
        otherwise.ifPresent(projects::open);
    }

    private void restore(RecoveryStore.Recovered r, MovedDataFiles moved) {
        MapSource src = source.get();
        message.accept("Restoring the unsaved changes…");
        background.run(() -> RecoveryRestore.attempt(r, src, moved), attempt -> {
            if (attempt instanceof RecoveryRestore.Restored done) {
                // First, so that the autosave of the restored work goes to its recovery and to no other.
                autosaver.adopt(r);
                projects.apply(done.opened().project(), done.opened().session(), r.projectFile(), done.saved(), done.savedHash());
                message.accept("Restored the unsaved changes from " + text.when(r.savedAt()) + "; save them to keep them");
            } else {
                failed((RecoveryRestore.Failed) attempt, moved);
            }
        }, e -> failed(new RecoveryRestore.Failed(r, e, List.of()), moved));
    }

    private void failed(RecoveryRestore.Failed f, MovedDataFiles moved) {
        RecoveryStore.Recovered r = f.from();
        message.accept("Could not restore the unsaved changes; they are kept in " + r.project());
        Optional<MovedDataFiles.Missing> missing = f.missing().stream().findFirst();
        Optional<ButtonType> locate = missing.map(m -> new ButtonType("Locate " + m.path().getFileName() + "…",
                ButtonBar.ButtonData.OTHER));
        Alert alert = RecoveryDialogs.failed(owner, f, missing, locate);
        // These two leave the dialog up: the analyst may want both, and then to try again.
        alert.getDialogPane().lookupButton(RecoveryDialogs.OPEN_FOLDER).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            openFolder(r.folder());
        });
        alert.getDialogPane().lookupButton(RecoveryDialogs.COPY_PATH).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ClipboardContent content = new ClipboardContent();
            content.putString(r.project().toString());
            Clipboard.getSystemClipboard().setContent(content);
            message.accept("Copied " + r.project());
        });
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            if (answer == RecoveryDialogs.TRY_AGAIN) {
                restore(r, moved);
            } else if (locate.isPresent() && answer == locate.get()) {
                MovedDataFiles.Missing m = missing.get();
                Optional<Path> found = dialogs.chooseDataFile(owner, "Locate the " + m.what() + " " + m.path().getFileName(),
                        m.lookIn(), String.valueOf(m.path().getFileName()));
                if (found.isPresent()) restore(r, moved.with(m.path(), found.get()));
                else failed(f, moved);
            } else {
                notNow(Optional.empty());
            }
        });
        question = alert;
        alert.show();
    }

    private void openFolder(Path folder) {
        background.run(() -> {
            folders.open(folder);
            return null;
        }, ok -> message.accept("Asked the desktop to show " + folder),
                e -> message.accept("Could not show " + folder + ": " + e.getMessage()));
    }
}
