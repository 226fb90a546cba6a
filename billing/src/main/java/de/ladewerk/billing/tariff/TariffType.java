package de.ladewerk.billing.tariff;

/** OCPI 2.2.1 tariff types. */
public enum TariffType {
    AD_HOC_PAYMENT, PROFILE_CHEAP, PROFILE_FAST, PROFILE_GREEN, REGULAR
}
