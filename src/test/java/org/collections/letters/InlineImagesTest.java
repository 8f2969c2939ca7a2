package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The email's HTML refers to the letter's embedded images by Content-ID, and carries them as inline parts. */
class InlineImagesTest {

    @Test
    void anEmbeddedImageBecomesAnInlinePartReferencedByItsContentId() {
        byte[] png = QrCodeImage.png("BCD\n002");
        String html = "<p>Pay</p><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png)
                + "\" width=\"121\" />";

        InlineImages.Mail mail = InlineImages.of(html);

        assertThat(mail.html()).isEqualTo("<p>Pay</p><img src=\"cid:image1@collections.local\" width=\"121\" />");
        assertThat(mail.images()).singleElement().satisfies(image -> {
            assertThat(image.contentId()).isEqualTo("image1@collections.local");
            assertThat(image.contentType()).isEqualTo("image/png");
            assertThat(image.bytes()).isEqualTo(png);
        });
        // the same letter gives the same mail
        assertThat(InlineImages.of(html).html()).isEqualTo(mail.html());
    }

    @Test
    void aLetterWithoutImagesIsSentAsItIsAndTextThatOnlyLooksLikeAnImageIsLeftAlone() {
        String html = "<p>Jane &quot;src=&quot;data:image/png;base64,AAAA&quot;</p>";
        InlineImages.Mail mail = InlineImages.of(html);
        assertThat(mail.html()).isEqualTo(html);
        assertThat(mail.images()).isEmpty();
    }
}
