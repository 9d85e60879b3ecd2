package org.synoptic.extract;

import java.util.List;
import java.util.Map;
import org.synoptic.model.Completeness;
import org.synoptic.model.Evidence;

/**
 * What a document's content says about itself, before container hints are applied. Text fields
 * are empty when absent; the publication date stays a set of candidates until the clock is known.
 * {@code evidence} holds what decided title, authors, outlet and licence; {@code completeness} is
 * the verdict on the page.
 */
record Extraction(String title, List<String> authors, String outlet, String url, String language, String license,
                  String dateline, PublishedDate dates, String text, Map<String, Evidence> evidence, Completeness completeness) {}
