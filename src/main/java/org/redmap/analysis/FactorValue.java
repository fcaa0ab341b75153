package org.redmap.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A risk factor evaluated for one region: the normalised value 0..1 and the input it came from, as
 * text for the inspector ("212 km", "huawei (inferred, low confidence)"). A factor whose input is
 * unknown (no border loaded) has no value and is left out of that region's weighted mean.
 */
public record FactorValue(OptionalDouble value, String rawInput) {

    public FactorValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rawInput, "rawInput");
        if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("factor value " + value.getAsDouble() + " is not within 0..1");
        }
    }

    public static FactorValue of(double value, String rawInput) {
        return new FactorValue(OptionalDouble.of(value), rawInput);
    }

    public static FactorValue unknown(String why) {
        return new FactorValue(OptionalDouble.empty(), why);
    }
}
