package org.fklab.domain.sandbox;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;

/**
 * Keeps mapper XML parsing off the start-up path: the domain's mappers are parsed on a background thread
 * while HSQLDB opens its files, and any other mapper the first time it is used.
 */
final class LazyMapperConfiguration extends Configuration {

    private volatile CompletableFuture<Void> preloading = CompletableFuture.completedFuture(null);

    LazyMapperConfiguration() {
        super();
    }

    /** Starts parsing these mappers; {@link #getMapper} waits for it, so no statement runs half-configured. */
    void preload(List<Class<?>> mapperTypes) {
        preloading = CompletableFuture.runAsync(() -> mapperTypes.forEach(this::register));
    }

    @Override
    public <T> T getMapper(Class<T> type, SqlSession sqlSession) {
        try {
            preloading.join();
        } catch (RuntimeException e) {
            // a mapper that failed to parse fails again below, with MyBatis's own message
        }
        register(type);
        return super.getMapper(type, sqlSession);
    }

    private synchronized void register(Class<?> type) {
        if (!hasMapper(type)) {
            addMapper(type);
        }
    }
}
