package org.collections.invoice;

import java.util.List;

/** The languages letters can be written in; an invoice for another language is refused at the door. */
public interface LocaleSupport {

    List<String> supportedLocales();
}
