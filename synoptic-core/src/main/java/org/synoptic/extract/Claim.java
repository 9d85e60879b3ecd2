package org.synoptic.extract;

/**
 * What one signal says about a metadata field, before any choice: the signal's name as evidence
 * shows it ("json-ld", "meta:og:title", "h1", "byline") and its raw value.
 */
record Claim(String signal, String value) {}
