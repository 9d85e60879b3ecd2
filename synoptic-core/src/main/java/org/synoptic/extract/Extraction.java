package org.synoptic.extract;

/**
 * What a document's content says about itself, before container hints are applied. Text fields
 * are empty when absent; the publication date stays a set of candidates until the clock is known.
 */
record Extraction(String title, String author, String outlet, String url, String language, String license,
                  String dateline, PublishedDate dates, String text) {}
