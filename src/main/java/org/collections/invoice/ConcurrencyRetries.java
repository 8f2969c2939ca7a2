package org.collections.invoice;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.stereotype.Component;

/** Counts and logs the retries of concurrent updates, so an operator sees how often cases collide. */
@Component("concurrencyRetries")
public class ConcurrencyRetries implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(ConcurrencyRetries.class);

    private final AtomicLong retries = new AtomicLong();

    @Override
    public <T, E extends Throwable> void onError(RetryContext context, RetryCallback<T, E> callback,
            Throwable throwable) {
        retries.incrementAndGet();
        log.info("Concurrent update, retrying (attempt {}): {}", context.getRetryCount(), throwable.getMessage());
    }

    public long count() {
        return retries.get();
    }
}
