package org.redmap.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.redmap.analysis.CoverageJoin;
import org.redmap.analysis.MapAnalysis;
import org.redmap.analysis.RiskFactor;
import org.redmap.geo.ProjectedMap;
import org.redmap.model.TaggedRegion;

/**
 * Keeps the state's analysis (coverage, risk, border bands) in step with the map and the analyst's
 * settings. The slow parts (the modelled coverage and the bands: about a second on the default data)
 * run on a background thread where the newest request wins, so the window never waits; progress is
 * shown when they take longer than {@link #PROGRESS_DELAY}. Weight changes are arithmetic and apply
 * at once on the UI thread. Call everything on the UI thread.
 */
final class AnalysisRunner implements AutoCloseable {

    /** Work that finishes sooner than this shows no progress: a flash of a spinner is noise. */
    static final Duration PROGRESS_DELAY = Duration.millis(200);
    /** The longest a new map's analysis waits for the map's first frame (a failed render must not stop it). */
    static final Duration FIRST_FRAME_WAIT = Duration.seconds(3);

    /** Computes the analysis of a map from scratch: {@code MapAnalysis::bundled} in the app. */
    @FunctionalInterface
    interface Source {
        MapAnalysis compute(ProjectedMap map) throws Exception;
    }

    private record Job(long seq, ProjectedMap map, MapAnalysis base, AnalysisSettings settings, AnalysisSettings before) {
    }

    private record Outcome(MapAnalysis analysis, Map<String, Double> modelWeights, Exception error) {
    }

    private final MapState state;
    private final Source source;
    private final Consumer<String> message;
    private final BiConsumer<String, Exception> error;
    private final LatestWins<Job, Outcome> worker;
    private final PauseTransition progressDelay = new PauseTransition(PROGRESS_DELAY);
    private final PauseTransition frameWait = new PauseTransition(FIRST_FRAME_WAIT);
    /** A map whose analysis waits for its first frame, so the two do not share the processor; or null. */
    private ProjectedMap waiting;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper progressShown = new ReadOnlyBooleanWrapper(this, "progressShown");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private AnalysisSettings settings = AnalysisSettings.defaults();
    private final ReadOnlyObjectWrapper<AnalysisSettings> settingsShown = new ReadOnlyObjectWrapper<>(this, "settings", settings);
    private Map<String, Double> modelWeights = Map.of();
    /** The map the state's analysis was computed for. */
    private ProjectedMap analysedMap;
    private long seq;
    private final boolean gated;
    private boolean closed;

    /**
     * @param ui      runs work on the UI thread: {@code Platform::runLater} in the app
     * @param message a short line for the status bar
     * @param error   shows a failure to the analyst: a heading and the exception
     */
    AnalysisRunner(MapState state, Source source, Executor ui, Consumer<String> message,
                   BiConsumer<String, Exception> error) {
        this(state, source, ui, message, error, null);
    }

    /**
     * @param frames the frames shown; when given, a new map's analysis starts once the map's first
     *               frame is on screen (or after {@link #FIRST_FRAME_WAIT}): the vendor map first,
     *               then the overlays
     */
    AnalysisRunner(MapState state, Source source, Executor ui, Consumer<String> message,
                   BiConsumer<String, Exception> error, ObservableValue<Frame> frames) {
        this.state = state;
        this.source = source;
        this.message = message;
        this.error = error;
        this.worker = new LatestWins<>("redmap-analysis", this::work,
                (job, outcome) -> ui.execute(() -> deliver(job, outcome)),
                e -> ui.execute(() -> error.accept("The analysis failed", e)));
        progressDelay.setOnFinished(e -> progressShown.set(running.get()));
        frameWait.setOnFinished(e -> startWaiting());
        if (frames != null) {
            frames.addListener((o, a, frame) -> {
                if (frame != null && waiting != null && frame.request().map() == waiting) startWaiting();
            });
        }
        this.gated = frames != null;
        state.mapProperty().addListener((o, old, map) -> mapChanged(old, map));
        if (state.map() != null) mapChanged(null, state.map());
    }

    /** True from a request until its analysis is shown. */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while a request has been running for longer than {@link #PROGRESS_DELAY}: show progress. */
    ReadOnlyBooleanProperty progressShownProperty() {
        return progressShown.getReadOnlyProperty();
    }

    /** What is being computed, in words for the status bar. */
    ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    AnalysisSettings settings() {
        return settings;
    }

    /** The analyst's settings, told at once when a weight or the bands change (the analysis follows later). */
    ReadOnlyObjectProperty<AnalysisSettings> settingsProperty() {
        return settingsShown.getReadOnlyProperty();
    }

    private void setSettings(AnalysisSettings changed) {
        settings = changed;
        settingsShown.set(changed);
    }

    /** The weights the risk model file gives, before the analyst moved any. */
    Map<String, Double> modelWeights() {
        return modelWeights;
    }

    /** Sets one risk weight; the map updates at once (rescoring is arithmetic, no geometry). */
    void setWeight(String factorId, double weight) {
        setSettings(settings.withWeight(factorId, weight));
        // Also on an analysis being replaced (after an override): it has the same regions.
        MapAnalysis a = state.analysis();
        if (a != null && a.riskModel().factors().stream().anyMatch(f -> f.id().equals(factorId))
                && a.riskModel().factor(factorId).weight() != weight) {
            state.setAnalysis(a.withWeight(factorId, weight));
        }
    }

    /** Puts back the weights of the risk model file: the analyst has moved none, as on a fresh map. */
    void resetWeights() {
        restoreModel(Map.of(), settings.bandsKm());
    }

    /**
     * Takes weights and bands as a step of the history holds them (undo, redo): exactly these
     * weights set, every other factor back at the model's own; the bands computed again if they
     * differ from what is shown.
     */
    void restoreModel(Map<String, Double> weights, List<Double> bandsKm) {
        AnalysisSettings before = settings;
        setSettings(settings.withWeights(weights).withBands(bandsKm));
        MapAnalysis a = state.analysis();
        if (a != null) {
            MapAnalysis weighted = weighted(a);
            if (weighted != a) state.setAnalysis(weighted);
        }
        MapAnalysis base = current();
        if (!before.bandsKm().equals(bandsKm) && waiting == null && (base == null || settings.bandsDiffer(base))) {
            submit(base, before, "Computing the border bands…");
        }
    }

    /**
     * Recomputes the border bands at these limits, in the background.
     *
     * @throws IllegalArgumentException when no border line is loaded to measure from
     */
    void setBands(List<Double> distancesKm) {
        MapAnalysis a = current();
        if (a != null && !AnalysisSettings.hasBorder(a)) {
            throw new IllegalArgumentException("No border line is loaded, so there are no border bands to compute.");
        }
        AnalysisSettings before = settings;
        setSettings(settings.withBands(distancesKm));
        if (a != null && !settings.bandsDiffer(a)) return;
        submit(a, before, "Computing the border bands…");
    }

    /** Uses a joined coverage table instead of the modelled coverage (empty: back to the model). */
    void setCoverage(Optional<CoverageJoin> join) {
        AnalysisSettings before = settings;
        setSettings(settings.withCoverage(join));
        submit(current(), before, join.isPresent() ? "Joining the coverage table…" : "Going back to the modelled coverage…");
    }

    /**
     * Takes all the settings at once: those of a project being opened, right after its map is
     * shown. If the new map's analysis waits for its first frame, it starts with these; otherwise
     * they are applied to what is there.
     */
    void restore(AnalysisSettings restored) {
        AnalysisSettings before = settings;
        setSettings(restored);
        if (waiting == null && state.map() != null) submit(current(), before, "Computing coverage, risk and border bands…");
    }

    /**
     * The analysis of exactly the map shown, to build on; null while it is being computed (then
     * the next request computes it whole).
     */
    private MapAnalysis current() {
        MapAnalysis a = state.analysis();
        return a != null && analysedMap == state.map() ? a : null;
    }

    private void mapChanged(ProjectedMap old, ProjectedMap map) {
        if (map == null) return;
        if (old != null && settings.coverage().isPresent() && !sameRegions(old, map)) {
            // A join is by region id: joined to other regions it would report every row as unknown.
            setSettings(settings.withCoverage(Optional.empty()));
            message.accept("The coverage table was joined to the previous regions; import it again for these");
        }
        running.set(true);
        activity.set("Computing coverage, risk and border bands…");
        if (gated) {
            waiting = map;
            frameWait.playFromStart();
        } else {
            submit(null, settings, activity.get());
        }
    }

    private void startWaiting() {
        frameWait.stop();
        ProjectedMap map = waiting;
        waiting = null;
        if (map != null && map == state.map()) submit(null, settings, "Computing coverage, risk and border bands…");
    }

    private static boolean sameRegions(ProjectedMap a, ProjectedMap b) {
        return a.document().regions().stream().map(TaggedRegion::id).toList()
                .equals(b.document().regions().stream().map(TaggedRegion::id).toList());
    }

    private void submit(MapAnalysis base, AnalysisSettings before, String what) {
        ProjectedMap map = state.map();
        if (map == null) return;
        waiting = null;
        frameWait.stop();
        running.set(true);
        activity.set(what);
        progressDelay.playFromStart();
        worker.submit(new Job(++seq, map, base, settings, before));
    }

    // On the analysis thread.
    private Outcome work(Job job) {
        try {
            MapAnalysis base = job.base();
            Map<String, Double> weights = null;
            if (base == null) {
                base = Objects.requireNonNull(source.compute(job.map()), "no analysis");
                weights = new LinkedHashMap<>();
                for (RiskFactor f : base.riskModel().factors()) weights.put(f.id(), f.weight());
            }
            return new Outcome(job.settings().applyTo(base), weights, null);
        } catch (Exception e) {
            return new Outcome(null, null, e);
        } catch (OutOfMemoryError e) {
            return new Outcome(null, null, new IllegalStateException("not enough memory for the analysis of this map", e));
        }
    }

    private void deliver(Job job, Outcome outcome) {
        // A newer request, or a new map waiting for its first frame, makes this one stale.
        if (closed || job.seq() != seq || waiting != null) return;
        running.set(false);
        progressDelay.stop();
        progressShown.set(false);
        activity.set("");
        if (outcome.error() != null) {
            // Nothing the analyst asked for is half-applied: the settings go back to what is shown
            // (keeping any weight moved meanwhile, which is already on the map).
            setSettings(job.before().withWeights(settings.weights()));
            message.accept("The analysis could not be updated");
            error.accept(job.base() == null ? "Coverage, risk and border bands could not be computed"
                    : "The analysis could not be updated", outcome.error());
            return;
        }
        if (state.map() != job.map()) return;
        if (outcome.modelWeights() != null) modelWeights = Collections.unmodifiableMap(outcome.modelWeights());
        analysedMap = job.map();
        // Weights moved (or undone) while this was computed are put on too.
        state.setAnalysis(weighted(outcome.analysis()));
    }

    /** The analysis at the settings' weights, every factor they do not name at the model's own. */
    private MapAnalysis weighted(MapAnalysis a) {
        Map<String, Double> all = new LinkedHashMap<>(modelWeights);
        all.putAll(settings.weights());
        return settings.withWeights(all).applyWeights(a);
    }

    @Override
    public void close() {
        closed = true;
        frameWait.stop();
        progressDelay.stop();
        worker.close();
    }
}
