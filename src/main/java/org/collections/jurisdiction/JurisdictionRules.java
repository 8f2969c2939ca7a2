package org.collections.jurisdiction;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.collections.customer.CustomerType;
import org.springframework.stereotype.Service;

/**
 * Picks the rules for a customer's country and type. National rules implement EU Directive 2011/7 and take precedence
 * where they exist (the Netherlands, Germany); other EU business customers get the directive's defaults; consumers
 * elsewhere in the EU, and everyone outside it, owe what their contract says.
 */
@Service
public class JurisdictionRules {

    static final String DIRECTIVE = "Directive 2011/7/EU, art. 2(6) and 6";
    static final String DUTCH_ORDER = "art. 6:44 BW: a payment settles the costs first, then the interest, then the "
            + "principal";
    static final String GERMAN_ORDER = "§ 367 BGB: a payment settles the costs first, then the interest, then the "
            + "principal";

    private final InterestRule dutchCommercial;
    private final InterestRule dutchStatutory;
    private final InterestRule germanConsumer;
    private final InterestRule germanBusiness;
    private final InterestRule directive;
    private final JurisdictionProperties properties;

    public JurisdictionRules(JurisdictionProperties properties) {
        this.properties = properties;
        dutchCommercial = new InterestRule("wettelijke handelsrente",
                "art. 6:119a BW: ECB reference rate + 8 points, added to the claim yearly",
                properties.ecbReferenceRates(), new BigDecimal("8"), Compounding.YEARLY);
        dutchStatutory = new InterestRule("wettelijke rente", "art. 6:119 BW: the rate set by the government, "
                + "added to the claim yearly", properties.dutchStatutoryRates(), BigDecimal.ZERO, Compounding.YEARLY);
        germanConsumer = new InterestRule("Verzugszinsen (Verbraucher)", "§ 288 Abs. 1 BGB: Basiszinssatz + 5 points",
                properties.germanBaseRates(), new BigDecimal("5"), Compounding.NONE);
        germanBusiness = new InterestRule("Verzugszinsen (Unternehmer)", "§ 288 Abs. 2 BGB: Basiszinssatz + 9 points",
                properties.germanBaseRates(), new BigDecimal("9"), Compounding.NONE);
        directive = new InterestRule("statutory interest for late payment", DIRECTIVE
                + ": ECB reference rate + 8 points", properties.ecbReferenceRates(), new BigDecimal("8"),
                Compounding.NONE);
    }

    public ClaimRules rulesFor(String country, CustomerType type) {
        String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
        boolean business = type == CustomerType.BUSINESS;
        BigDecimal forty = properties.fixedCompensation();
        return switch (code) {
            case "NL" -> business
                    ? new ClaimRules("NL, business", Optional.of(dutchCommercial), forty,
                            "art. 6:96 lid 4 BW (at least the €40 of " + WikScale.SOURCE + ")", true, false, true, DUTCH_ORDER)
                    : new ClaimRules("NL, consumer", Optional.of(dutchStatutory), BigDecimal.ZERO,
                            WikScale.SOURCE + ", after a 14-day letter (art. 6:96 lid 6 BW)", true, true, true,
                            DUTCH_ORDER);
            case "DE" -> business
                    ? new ClaimRules("DE, business", Optional.of(germanBusiness), forty, "§ 288 Abs. 5 BGB", false,
                            false, true, GERMAN_ORDER)
                    : new ClaimRules("DE, consumer", Optional.of(germanConsumer), BigDecimal.ZERO,
                            "none by law beyond actual damage (§ 288 Abs. 4 BGB)", false, false, true,
                            GERMAN_ORDER);
            default -> business && properties.euCountries().contains(code)
                    ? new ClaimRules(code + ", business (EU)", Optional.of(directive), forty, DIRECTIVE, false, false,
                            false, ClaimRules.PRINCIPAL_FIRST)
                    : ClaimRules.contractOnly(code);
        };
    }
}
