/**
 * The data model: immutable FollowTheMoney entities ({@code Entity}) validated against the bundled
 * FtM schema model, properties, countries, and {@code FtmJson}, the one FtM JSON codec.
 */
package io.cordon.model;
