/**
 * FollowTheMoney JSON lines as OpenSanctions publishes them.
 */
package io.cordon.sources.ftm;
