/**
 * The data model: immutable FollowTheMoney entities ({@code Entity}) validated against the bundled
 * FtM schema model, properties, countries, {@code Identifiers} (the one identifier normalisation, used by
 * the index, the scorer and the trade rules), and {@code FtmJson}, the one FtM JSON codec.
 */
package io.cordon.model;
