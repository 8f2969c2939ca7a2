package org.collections.letters;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's HTML as an email carries it: each image the letter embeds as a {@code data:} URI (the payment QR code)
 * becomes an inline part of the mail, referenced by {@code cid:}. Many mail clients (Outlook, Gmail's web client)
 * show no {@code data:} image, while every one shows an inline part; the PDF renderer reads the {@code data:} URI
 * itself. So the outbox keeps one body, the same for email and post, and the mail is made from it when it is sent.
 */
final class InlineImages {

    /** An image to attach inline: its Content-ID (without angle brackets), type and bytes. */
    record Image(String contentId, String contentType, byte[] bytes) {
    }

    /** The HTML referring to its images by {@code cid:}, and the images. */
    record Mail(String html, List<Image> images) {
    }

    /**
     * An image source as the letter template writes it. Values inside the letter (names, addresses) are escaped by
     * Thymeleaf, so a customer's text cannot contain a quoted {@code src="data:...}.
     */
    private static final Pattern DATA_IMAGE = Pattern.compile(
            "src=\"data:(image/(?:png|jpeg|gif));base64,([A-Za-z0-9+/=]+)\"");

    private InlineImages() {
    }

    /** The same images give the same Content-IDs, so a resent mail is the same mail. */
    static Mail of(String html) {
        List<Image> images = new ArrayList<>();
        Matcher matcher = DATA_IMAGE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String contentId = "image" + (images.size() + 1) + "@collections.local";
            images.add(new Image(contentId, matcher.group(1), Base64.getDecoder().decode(matcher.group(2))));
            matcher.appendReplacement(out, Matcher.quoteReplacement("src=\"cid:" + contentId + "\""));
        }
        matcher.appendTail(out);
        return new Mail(out.toString(), images);
    }
}
