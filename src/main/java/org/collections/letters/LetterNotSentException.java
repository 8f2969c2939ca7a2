package org.collections.letters;

/** The mail server did not take a message; the step that sends it is retried and, at the end, an incident. */
public class LetterNotSentException extends RuntimeException {

    public LetterNotSentException(OutboxMessage message, Throwable cause) {
        super("could not send " + message.getLetterType() + " (outbox message " + message.getId() + ") to "
                + message.getRecipient() + ": " + cause.getMessage(), cause);
    }
}
