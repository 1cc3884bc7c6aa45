package io.taskdef.aws;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises registrations of the same task definition family within this process, so concurrent
 * identical requests see each other's revision instead of each registering one. Striped: a fixed set of
 * locks, a family always maps to the same one (two families may share a lock, which only orders them).
 */
final class FamilyLocks {

    private static final int STRIPES = 64;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    FamilyLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    <T> T withLock(String region, String family, Supplier<T> body) {
        ReentrantLock lock = locks[Math.floorMod((region + " " + family).hashCode(), STRIPES)];
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }
}
