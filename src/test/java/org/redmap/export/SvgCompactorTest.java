package org.redmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgCompactorTest {

    @Test
    void relativeDataDrawsTheSamePoints() {
        String absolute = "M1610.85,852.13L1611.97,848.35L1616.01,846.46Z"
                + "M10,20L10.5,20.05L9.95,19Q12,13,14.25,15.5C1,2,3,4,5.06,6ZM0,0L-3.5,-0.01";
        String relative = SvgCompactor.relative(absolute);
        // After the first, absolute, moveto a lineto needs its letter; after a relative one it is implicit.
        assertThat(relative).isEqualTo("M1610.85 852.13l1.12-3.78 4.04-1.89zm-1600.85-832.13 .5 .05-.55-1.05"
                + "q2.05-6 4.3-3.5c-13.25-13.5-11.25-11.5-9.19-9.5zm-10-20-3.5-.01");
        assertThat(absolutePoints(relative)).isEqualTo(absolutePoints(absolute));
    }

    @Test
    void unknownDataIsLeftAlone() {
        assertThat(SvgCompactor.relative("M1.234,5L6,7")).isEqualTo("M1.234,5L6,7");
        assertThat(SvgCompactor.relative("M1,2A3,3,0,0,1,4,5")).isEqualTo("M1,2A3,3,0,0,1,4,5");
    }

    @Test
    void aPathDrawnTwiceIsWrittenOnceAndClipsReferToIt() {
        String d = "M0,0" + "L1,1".repeat(200) + "Z";
        String svg = "<svg><defs><clipPath id='c0'><path d='" + d + "'/></clipPath></defs>"
                + "<g style='fill:red'><path d='" + d + "'/></g><g style='stroke:blue'><path d='" + d + "'/></g>"
                + "<g><path d='M0,0L1,1'/></g><g><path d='M0,0L1,1'/></g></svg>";
        String shared = SvgCompactor.shareRepeatedPaths(svg);
        assertThat(shared).isEqualTo("<svg><defs><clipPath id='c0'><use xlink:href='#redmap-shape-1'/></clipPath></defs>"
                + "<g style='fill:red'><path id='redmap-shape-1' d='" + d + "'/></g>"
                + "<g style='stroke:blue'><use xlink:href='#redmap-shape-1'/></g>"
                + "<g><path d='M0,0L1,1'/></g><g><path d='M0,0L1,1'/></g></svg>");
    }

    /** Every point a path visits, in absolute hundredths, from absolute or relative data. */
    private static List<Long> absolutePoints(String data) {
        List<Long> points = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[MmLlQqCcZz]|-?(\\d+\\.?\\d*|\\.\\d+)").matcher(data);
        while (m.find()) tokens.add(m.group());
        long x = 0;
        long y = 0;
        long sx = 0;
        long sy = 0;
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    x = sx;
                    y = sy;
                    points.add(x);
                    points.add(y);
                }
                continue;
            }
            int pairs = switch (Character.toUpperCase(command)) {
                case 'Q' -> 2;
                case 'C' -> 3;
                default -> 1;
            };
            boolean rel = Character.isLowerCase(command);
            long bx = x;
            long by = y;
            for (int k = 0; k < pairs; k++) {
                long px = hundredths(tokens.get(i++)) + (rel ? bx : 0);
                long py = hundredths(tokens.get(i++)) + (rel ? by : 0);
                points.add(px);
                points.add(py);
                x = px;
                y = py;
            }
            if (command == 'M' || command == 'm') {
                sx = x;
                sy = y;
                command = command == 'M' ? 'L' : 'l';
            }
        }
        return points;
    }

    private static long hundredths(String number) {
        return Math.round(Double.parseDouble(number) * 100);
    }
}
