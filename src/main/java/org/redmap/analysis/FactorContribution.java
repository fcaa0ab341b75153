package org.redmap.analysis;

import java.util.OptionalDouble;

/**
 * One line of a region's risk breakdown.
 *
 * @param rawInput     the input as measured ("212 km")
 * @param normalised   the factor value 0..1; empty when the input is unknown (the factor is then left out)
 * @param weight       the factor's weight as set in the model
 * @param contribution weight × value / the sum of the weights of the region's known factors; the
 *                     contributions of a region add up to its score
 * @param formula      the formula in words
 * @param input        where the input comes from
 * @param assumption   what in this factor is assumed
 */
public record FactorContribution(String factorId, String label, String rawInput, OptionalDouble normalised,
                                 double weight, double contribution, String formula, String input, String assumption) {
}
