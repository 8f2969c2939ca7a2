package org.collections.letters;

import java.util.Locale;

public record RenderedLetter(String subject, String html, String text, Locale locale) {
}
