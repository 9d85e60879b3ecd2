package org.synoptic.model;

/** The calendar a date expression was written in; its value is always normalised to Gregorian ISO. */
public enum Calendar {
    GREGORIAN,
    SOLAR_HIJRI,
    LUNAR_HIJRI
}
