package org.redmap.ui;

/**
 * Which side panels a window opens with, decided once from the width it opens at. The map comes
 * first: the right panel (inspector, timeline, bands) opens unless the window is narrower than
 * {@link #NARROW}, and the left panel (layers, models) opens too only when the map still gets
 * {@link #MAP_SHARE} of the window beside both. Either comes back with its button or its key; the
 * window never closes or opens one by itself afterwards, so resizing does not rearrange the work.
 */
record PanelLayout(boolean leftOpen, boolean rightOpen) {

    /** The least share of the window's width the map gets when the left panel opens beside the right. */
    static final double MAP_SHARE = 0.7;
    /** Below this width the window opens on the map alone: a right panel would leave it under 60 %. */
    static final double NARROW = 1280;

    /**
     * The panels named in {@code names}, as given to {@code -Dredmap.panels}: a comma-separated list of
     * {@code left} and {@code right}, or {@code none} for the map alone. Empty when there is no such
     * list, and the window decides by its width.
     */
    static java.util.Optional<PanelLayout> named(String names) {
        if (names == null || names.isBlank()) return java.util.Optional.empty();
        java.util.Set<String> open = new java.util.HashSet<>();
        for (String name : names.split(",")) open.add(name.strip().toLowerCase(java.util.Locale.ROOT));
        if (!java.util.Set.of("left", "right", "none").containsAll(open)) return java.util.Optional.empty();
        return java.util.Optional.of(new PanelLayout(open.contains("left"), open.contains("right")));
    }

    /**
     * @param chrome what else sits beside the map whatever the panels: the tool strip, the divider
     *               and the thin strips collapsed panels leave
     */
    static PanelLayout opening(double windowWidth, double leftWidth, double rightWidth, double chrome) {
        boolean right = windowWidth >= NARROW;
        boolean left = right && windowWidth - leftWidth - rightWidth - chrome >= MAP_SHARE * windowWidth;
        return new PanelLayout(left, right);
    }
}
