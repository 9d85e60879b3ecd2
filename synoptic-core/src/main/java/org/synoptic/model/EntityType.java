package org.synoptic.model;

/** Coarse entity classes, as in CoNLL: person, organisation, location, anything else named. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
