package org.collections.letters;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands outbox messages to the configured SMTP server; with none configured, mail stays in the outbox. */
@Component
public class MailGateway {

    private final ObjectProvider<JavaMailSender> sender;
    private final LettersProperties properties;

    public MailGateway(ObjectProvider<JavaMailSender> sender, LettersProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    public void send(OutboxMessage message) {
        JavaMailSender mail = sender.getObject();
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(properties.from(), properties.senderName());
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            InlineImages.Mail body = InlineImages.of(message.getBodyHtml());
            helper.setText(message.getBodyText(), body.html());
            // after the text, as MimeMessageHelper requires, so that readers resolve the cid: references
            for (InlineImages.Image image : body.images()) {
                helper.addInline(image.contentId(), new ByteArrayResource(image.bytes()), image.contentType());
            }
            // Stable across retries of the same step (Spring keeps a Message-ID that is set), so a receiver can
            // recognise a resend.
            mime.setHeader("Message-ID", message.messageId());
            mail.send(mime);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new MailSendException("could not build message " + message.getId(), e);
        }
    }
}
