/**
 * The data that flows between Synoptic's stages: immutable records, sealed interfaces for
 * variants, no nulls (absent text is the empty string, absent values are {@link java.util.Optional}).
 * Lists are copied on construction so a result cannot change after a stage returns it.
 */
package org.synoptic.model;
