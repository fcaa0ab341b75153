package org.redmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    @Test
    void requestsQueuedBehindABusyWorkerCollapseToTheNewest() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch lastDelivered = new CountDownLatch(1);
        List<Integer> worked = new CopyOnWriteArrayList<>();
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        try (LatestWins<Integer, String> wins = new LatestWins<>("test", n -> {
            worked.add(n);
            if (n == 1) {
                firstStarted.countDown();
                await(release);
            }
            return "frame " + n;
        }, (n, r) -> {
            delivered.add(n);
            if (n == 10) lastDelivered.countDown();
        }, e -> { })) {
            wins.submit(1);
            assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 2; i <= 10; i++) wins.submit(i);
            release.countDown();
            assertThat(lastDelivered.await(5, TimeUnit.SECONDS)).isTrue();
        }
        // 2..9 were replaced before they started; 1 finished stale, so it was not shown.
        assertThat(worked).containsExactly(1, 10);
        assertThat(delivered).containsExactly(10);
    }

    @Test
    void aLoneRequestIsDeliveredAndFailuresAreReported() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        List<String> seen = new CopyOnWriteArrayList<>();
        try (LatestWins<String, String> wins = new LatestWins<>("test", s -> {
            if (s.equals("bad")) throw new IllegalStateException("boom");
            return s.toUpperCase();
        }, (s, r) -> {
            seen.add(r);
            done.countDown();
        }, e -> {
            seen.add("failed: " + e.getMessage());
            done.countDown();
        })) {
            wins.submit("ok");
            assertThat(waitFor(seen, 1)).isTrue();
            wins.submit("bad");
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).containsExactly("OK", "failed: boom");
    }

    @Test
    void runsOnADaemonThreadSoItNeverKeepsTheAppAlive() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        boolean[] daemon = new boolean[1];
        try (LatestWins<Integer, Integer> wins = new LatestWins<>("test", n -> {
            daemon[0] = Thread.currentThread().isDaemon();
            return n;
        }, (n, r) -> done.countDown(), e -> { })) {
            wins.submit(1);
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(daemon[0]).isTrue();
    }

    private static boolean waitFor(List<String> list, int size) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (list.size() < size && System.nanoTime() < end) Thread.sleep(5);
        return list.size() >= size;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
