package org.synoptic.cli;

import java.io.InputStream;

/**
 * What a command takes from the process beyond its arguments: standard input (for {@code -})
 * and whether stderr is a terminal (the progress line is drawn only then).
 */
record Environment(InputStream stdin, boolean interactive) {}
