package org.collections.letters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the emails that were held back (outside the customer's contact hours or over the weekly limit) once their
 * time has come. Every node runs it; a message is claimed before it is sent, so only one node sends it.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final LetterService letters;

    public OutboxDispatcher(LetterService letters) {
        this.letters = letters;
    }

    @Scheduled(cron = "${collections.outbox.dispatch-cron}")
    public void dispatch() {
        int sent = letters.releaseHeldBack();
        if (sent > 0) {
            log.info("Sent {} held-back emails", sent);
        }
    }
}
